import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import type { BriFile } from '../../schema/types.ts';
import { readEntityGroupsConfig } from '../../edition/read-entity-groups-config.ts';
import { briFile } from './bri-file.ts';

const list = readEntityGroupsConfig({ configDir: new URL('../../../editions/2026/config/', import.meta.url).pathname }).briList;
const BRI_FILE = list.file;

const HEADER = 'Country,Country Code,Region,IncomeGroup,Likely date of joining,Likely date of exit';
const filler = (n: number) =>
  ['AFG', 'ALB', 'DZA', 'AGO', 'ARG', 'ARM', 'AUT'].slice(0, n).map((c) => `X,${c},R,I,2018-01-01,`);
const build = (lines: string[]) =>
  briFile({ list }).build(fixtureContext({ [BRI_FILE]: [HEADER, ...lines].join('\n') }), new Map()) as BriFile;

describe('briFile', () => {
  it('briFile rejects a list that does not hold 151 countries', () => {
    expect(() => build(filler(3))).toThrow(`${BRI_FILE}: expected 151 countries, got 3`);
  });

  it('briFile rejects a date that is not ISO', () => {
    expect(() => build(['Italy,ITA,R,I,01/03/2019,'])).toThrow(
      `${BRI_FILE}:2:Likely date of joining: expected an ISO date YYYY-MM-DD or empty, got "01/03/2019"`
    );
  });

  it('briFile rejects an exit before the join date', () => {
    expect(() => build(['Italy,ITA,R,I,2019-03-01,2018-06-12'])).toThrow(
      ':2:Likely date of exit: expected a date after 2019-03-01, got 2018-06-12'
    );
  });

  it('briFile rejects a duplicate country', () => {
    expect(() => build(['Italy,ITA,R,I,2019-03-01,', 'Italy,ITA,R,I,2019-03-01,'])).toThrow(
      ':3:Country Code: expected one row for ITA, got a duplicate of line 2'
    );
  });

  it('briFile rejects an unknown ISO3', () => {
    expect(() => build(['Atlantis,ATL,R,I,2019-03-01,'])).toThrow(':2:Country Code: expected an ISO3 code, got "ATL"');
  });
});
