import { describe, expect, it } from 'vitest';
import { sensitivitySettings } from './sensitivity-settings.ts';

describe('sensitivitySettings', () => {
  it('sensitivitySettings fills bootstrap 1000 and level 0.95', () => {
    expect(sensitivitySettings({ samples: 10, seed: 0 })).toEqual({
      samples: 10,
      seed: 0,
      bootstrap: 1000,
      level: 0.95
    });
  });
  it('sensitivitySettings rejects samples outside 2 … 100000 or not whole, naming the setting and the value', () => {
    expect(() => sensitivitySettings({ samples: 1, seed: 1 })).toThrow(
      'samples: expected a whole number from 2 to 100000, got 1'
    );
    expect(() => sensitivitySettings({ samples: 2.5, seed: 1 })).toThrow('got 2.5');
    expect(() => sensitivitySettings({ samples: 100001, seed: 1 })).toThrow('got 100001');
    expect(() => sensitivitySettings({ samples: '10', seed: 1, name: (k) => `--${k}` })).toThrow(
      '--samples: expected a whole number from 2 to 100000, got "10"'
    );
  });
  it('sensitivitySettings rejects a negative seed, a huge bootstrap and a level outside (0, 1)', () => {
    expect(() => sensitivitySettings({ samples: 10, seed: -1 })).toThrow(
      'seed: expected a whole number from 0 to 4294967295, got -1'
    );
    expect(() => sensitivitySettings({ samples: 10, seed: 1, bootstrap: 20000 })).toThrow(
      'bootstrap: expected a whole number from 0 to 10000, got 20000'
    );
    expect(() => sensitivitySettings({ samples: 10, seed: 1, level: 1 })).toThrow(
      'level: expected a number between 0 and 1, got 1'
    );
  });
});
