import { describe, expect, it } from 'vitest';
import { phoneHeight } from './phone-height.ts';

describe('phoneHeight', () => {
  it('keeps the desktop height from 640 px', () => {
    expect(phoneHeight({ height: 360 })(640)).toBe(360);
    expect(phoneHeight({ height: 360 })(900)).toBe(360);
  });
  it('draws three quarters of the width on phones, never below the minimum nor above the desktop height', () => {
    expect(phoneHeight({ height: 360 })(350)).toBe(263);
    expect(phoneHeight({ height: 360 })(280)).toBe(220);
    expect(phoneHeight({ height: 200 })(350)).toBe(200);
  });
});

describe('phoneHeight with the room a short screen leaves', () => {
  it('is flattened to the room, never below 160 px, never taller than without it', () => {
    expect(phoneHeight({ height: 360 })(288, 190.6)).toBe(190);
    expect(phoneHeight({ height: 360 })(288, 120)).toBe(160);
    expect(phoneHeight({ height: 360 })(288, 400)).toBe(220);
    expect(phoneHeight({ height: 360 })(700, 300)).toBe(300);
  });
});
