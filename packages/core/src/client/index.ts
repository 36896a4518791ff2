export { createCoreClient } from './createCoreClient.ts';
export { createEngine } from './createEngine.ts';
export type { CoreClient } from './createCoreClient.ts';
export type { Engine } from './createEngine.ts';
export type { EngineMode } from './createEngine.ts';
