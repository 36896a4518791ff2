import { describe, expect, it } from 'vitest';
import { readIndexInputs } from './read-index-inputs.ts';

const files: Record<string, string> = {
  'm.csv': 'iCode,Level,Parent,Direction,Weight,Type\nX,1,I,1,1,Indicator\nI,2,NA,1,1,Aggregate\n',
  'd.csv': 'uCode,X\nA,1\nB,2\n',
  's.json': '{"normalise": {"method": "rank"}}',
  'bad.json': '{"normalise": '
};
const readFile = (p: string) => {
  if (!(p in files)) throw new Error(`${p}: cannot read (ENOENT)`);
  return files[p];
};

describe('readIndexInputs', () => {
  it('readIndexInputs reads data, metadata and the spec, naming the spec by its file', () => {
    const r = readIndexInputs({ dataFile: 'd.csv', metaFile: 'm.csv', specFile: 's.json', readFile });
    expect(r.data.units).toEqual(['A', 'B']);
    expect(r.spec).toEqual({ normalise: { method: 'rank' } });
    expect(r.specName).toBe('s.json');
  });
  it('readIndexInputs without a spec gives the empty spec', () => {
    expect(readIndexInputs({ dataFile: 'd.csv', metaFile: 'm.csv', readFile }).spec).toEqual({});
  });
  it('readIndexInputs names a spec that is not JSON, and a file it cannot read', () => {
    expect(() => readIndexInputs({ dataFile: 'd.csv', metaFile: 'm.csv', specFile: 'bad.json', readFile })).toThrow(
      /^bad\.json: not valid JSON \(/
    );
    expect(() => readIndexInputs({ dataFile: 'x.csv', metaFile: 'm.csv', readFile })).toThrow(
      'x.csv: cannot read (ENOENT)'
    );
  });
});
