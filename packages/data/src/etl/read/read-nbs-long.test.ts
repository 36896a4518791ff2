import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { readNbsLong } from './read-nbs-long.ts';

const HEADER = 'requested_code,indicator_code,indicator_name,region_code,region_name,year,value,display_value,has_data';
const read = (code: string, ...lines: string[]) =>
  readNbsLong(fixtureContext({ 'n.csv': [HEADER, ...lines].join('\n') }), 'n.csv', code);

describe('readNbsLong', () => {
  it('readNbsLong maps NBS region codes to ISO 3166-2:CN codes', () => {
    expect(read('A0G0E01', 'A0G0E,A0G0E01,快递量,440000,广东省,2024,4258921.7,4258921.7,True')).toEqual([
      { entity: 'CN-GD', year: 2024, value: 4258921.7, file: 'n.csv', line: 2 }
    ]);
  });

  it('readNbsLong stores has_data=False as null', () => {
    expect(read('A0G0E01', 'A0G0E,A0G0E01,快递量,440000,广东省,2024,0,0,False')[0].value).toBeNull();
  });

  it('readNbsLong rejects a file holding another indicator', () => {
    expect(() => read('A060101', 'A0G0E,A0G0E01,快递量,440000,广东省,2024,1,1,True')).toThrow(
      'n.csv:2:indicator_code: expected "A060101", got "A0G0E01"'
    );
  });

  it('readNbsLong rejects an unknown region code', () => {
    expect(() => read('A0G0E01', 'A0G0E,A0G0E01,快递量,710000,台湾省,2024,1,1,True')).toThrow(
      'n.csv:2:region_code: expected an NBS province code (110000…650000), got "710000"'
    );
  });
});
