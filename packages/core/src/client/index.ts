export { createCoreClient } from './create-core-client.ts';
export { createEngine } from './create-engine.ts';
export type { CoreClient } from './create-core-client.ts';
export type { Engine } from './create-engine.ts';
export type { EngineMode } from './create-engine.ts';
