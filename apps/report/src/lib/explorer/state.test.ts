import { describe, expect, it } from 'vitest';
import { defaultState, parseState, readWeight, serialiseState, type StateContext } from './state';

const ctx: StateContext = {
  weights: { Goods: 1, Services: 1, Integration: 0, HiTechExp: 1 },
  units: ['CHN', 'USA', 'DEU'],
  defaultA: 'CHN',
  defaultB: 'USA'
};
const parse = (q: string) => parseState(new URLSearchParams(q), ctx);

describe('explorer URL state', () => {
  it('an empty query is the published view, and serialises back to an empty query', () => {
    expect(parse('')).toEqual(defaultState(ctx));
    expect(serialiseState(defaultState(ctx), ctx)).toBe('');
  });

  it('round-trips every member', () => {
    const state = {
      ...defaultState(ctx),
      weights: { Goods: 2.5, Services: 0, Integration: 1, HiTechExp: 1 },
      normalise: 'goalposts' as const,
      aggregate: 'gmean' as const,
      treat: false,
      a: 'DEU',
      b: 'CHN',
      bri: true,
      small: false
    };
    const q = serialiseState(state, ctx);
    expect(q).toBe('w=Goods:2.5,Services:0,Integration:1&norm=goalposts&agg=gmean&treat=0&a=DEU&b=CHN&bri=1&small=0');
    expect(parse(q)).toEqual(state);
  });

  it('falls back to defaults for hostile values: NaN, huge, negative, unknown codes, long strings, prototype keys', () => {
    const long = 'x'.repeat(5000);
    const s = parse(
      `w=Goods:NaN,Services:1e308,HiTechExp:-1,Nope:3,__proto__:5,constructor:2,Integration:Infinity,Goods&norm=${long}&agg=mean&treat=maybe&a=XXX&b=${long}&bri=yes&small=no`
    );
    expect(s).toEqual(defaultState(ctx));
    expect(Object.getPrototypeOf(s.weights)).toBe(Object.prototype);
    expect(parse(`w=${'Goods:2,'.repeat(200)}`).weights.Goods).toBe(1);
  });

  it('small=0 alone round-trips to the view without small economies; any other value is the published view', () => {
    expect(serialiseState({ ...defaultState(ctx), small: false }, ctx)).toBe('small=0');
    expect(parse('small=0')).toEqual({ ...defaultState(ctx), small: false });
    for (const q of ['small=1', 'small=false', 'small=', 'small=00']) expect(parse(q).small).toBe(true);
  });

  it('readWeight accepts 0–10 with up to 6 decimals, rounded to 3, and nothing else', () => {
    expect(readWeight('0')).toBe(0);
    expect(readWeight(' 2.5 ')).toBe(2.5);
    expect(readWeight('1.23456')).toBe(1.235);
    expect(readWeight('10')).toBe(10);
    for (const bad of ['10.5', '11', '-1', '1e2', 'NaN', '', '0x10', '1,5', 'Infinity'])
      expect(readWeight(bad)).toBeNull();
  });
});
