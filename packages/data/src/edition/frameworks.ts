import { FRAMEWORK_2026 } from '../index-framework/framework-2026.ts';
import type { FrameworkDefinition } from '../index-framework/framework-2026.ts';

/** Index framework definitions by the edition that introduced them; an edition's config names the one it applies. */
export const FRAMEWORKS: Record<number, FrameworkDefinition> = { 2026: FRAMEWORK_2026 };
