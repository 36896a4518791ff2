import type { EtlStep } from '../etl/etl-step.ts';
import { STEPS_2026 } from './steps-2026.ts';

/** ETL step sets by the edition that introduced them; an edition's config names the one it runs. */
export const STEP_SETS: Record<number, EtlStep[]> = { 2026: STEPS_2026 };
