import { describe, expect, it } from 'vitest';
import { readCoinCsv } from './read-coin-csv.ts';
import { imputeAvailableMean } from './impute-available-mean.ts';

// P = {X (0 … 10), Y (0 … 100), Z (direction −1, 0 … 4)}, Q = {W}. Unit B lacks X; C lacks X and Z; D lacks W.
const data = readCoinCsv({
  metaText: `iCode,Level,Parent,Direction,Weight,Type
X,1,P,1,1,Indicator
Y,1,P,1,1,Indicator
Z,1,P,-1,1,Indicator
W,1,Q,1,1,Indicator
P,2,I,1,1,Aggregate
Q,2,I,1,1,Aggregate
I,3,NA,1,1,Aggregate
`,
  dataText: 'uCode,X,Y,Z,W\nA,0,0,4,1\nB,NA,75,3,2\nC,NA,40,NA,3\nD,10,100,0,NA\n'
});

describe('imputeAvailableMean', () => {
  const { columns, imputed } = imputeAvailableMean({ data, codes: ['X', 'Y', 'Z', 'W'] });
  it('imputeAvailableMean: B’s X is the mean of its Y (0.75) and Z (direction −1: 1 − 3/4 = 0.25) on [0, 1] = 0.5 → 5', () => {
    expect(columns[0][1]).toBeCloseTo(5, 14);
  });
  it('imputeAvailableMean maps back through direction: C’s Z from Y = 0.4 alone is 4 − 0.4·4 = 2.4', () => {
    expect(columns[0][2]).toBeCloseTo(4, 14);
    expect(columns[2][2]).toBeCloseTo(2.4, 14);
  });
  it('imputeAvailableMean leaves a cell missing when the aggregate has no other indicator (W of D)', () => {
    expect(columns[3][3]).toBeNaN();
  });
  it('imputeAvailableMean reports every filled cell and leaves the data untouched', () => {
    expect(imputed.map((c) => `${c.code}|${c.unit}`)).toEqual(['X|B', 'X|C', 'Z|C']);
    expect(imputed[0].value).toBeCloseTo(5, 14);
    expect(data.columns.X[1]).toBeNaN();
  });
});
