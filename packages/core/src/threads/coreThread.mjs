// Worker-thread entry: Node 20 does not pass `--import tsx` hooks to workers reliably, so register tsx here,
// then load the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./coreThread.ts');
