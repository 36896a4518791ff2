import { describe, expect, it } from 'vitest';
import { stepFigures } from './step-figures';

describe('stepFigures', () => {
  it('counts each figure reference once and leaves out years and dates', () => {
    const text =
      'In {calc:serversLastYear} China had {calc:serversChinaLast}, up from {calc:serversChinaFirst} in {calc:serversFirstYear}; ' +
      'the text says {claim:yu-data-output-value} in {calc:yu-data-output-value.year} ({calc:year.wco}, {calc:onDate}), ' +
      'and again {calc:serversChinaLast}.';
    expect(stepFigures(text)).toEqual([
      'calc:serversChinaLast',
      'calc:serversChinaFirst',
      'claim:yu-data-output-value'
    ]);
  });
  it('reads the code-free references too ({series:…|latest}, {rank:…})', () => {
    expect(stepFigures('{series:dds-exports:CHN:latest} ranks {rank:dds-exports:CHN}')).toEqual([
      'series:dds-exports:CHN:latest',
      'rank:dds-exports:CHN'
    ]);
  });
});
