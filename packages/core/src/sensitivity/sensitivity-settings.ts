export interface SensitivitySettings {
  samples: number;
  seed: number;
  bootstrap: number;
  level: number;
}

/** Largest N accepted: the index runs N · (g + 2) times (600,000 runs for four inputs). */
export const maxSamples = 100000;

const whole = (name: string, v: unknown, lo: number, hi: number): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi)
    throw new RangeError(`${name}: expected a whole number from ${lo} to ${hi}, got ${JSON.stringify(v)}`);
  return v;
};

/**
 * Checks the settings of a sensitivity analysis and fills defaults (bootstrap 1000, level 0.95); errors name the
 * setting through `name` (the CLI passes its flag names), what was expected and what was given.
 */
export function sensitivitySettings({
  samples,
  seed,
  bootstrap = 1000,
  level = 0.95,
  name = (key) => key
}: {
  samples: unknown;
  seed: unknown;
  bootstrap?: unknown;
  level?: unknown;
  name?: (key: string) => string;
}): SensitivitySettings {
  if (typeof level !== 'number' || !(level > 0 && level < 1))
    throw new RangeError(`${name('level')}: expected a number between 0 and 1, got ${JSON.stringify(level)}`);
  return {
    samples: whole(name('samples'), samples, 2, maxSamples),
    seed: whole(name('seed'), seed, 0, 4294967295),
    bootstrap: whole(name('bootstrap'), bootstrap, 0, 10000),
    level
  };
}
