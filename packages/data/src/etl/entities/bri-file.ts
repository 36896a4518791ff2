import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import { SCHEMA_VERSION, type BriFile, type BriMember } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';

export const BRI_FILE = 'gfdc_bri_countries/bri_countries_gfdc_2023-12.csv';
/** The GFDC list counts 151 countries; a different count means a truncated or different file. */
export const BRI_COUNT = 151;
/** Month the GFDC list was compiled (its file name and title say December 2023). */
export const BRI_AS_OF = '2023-12';
/**
 * The list's own date, used for members the source gives no join date (AUT, COG, NER, RUS): they are known to be
 * members as of the list and of unknown status before it. The last day of the month, since the list may have been
 * compiled on any day of December 2023. No join date is ever assumed.
 */
export const BRI_LIST_DATE = '2023-12-31';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const briFile: EtlStep = {
  output: 'entities/bri.json',
  sourceIds: ['gfdc-bri-2023-12'],
  build: (ctx): BriFile => {
    const file = BRI_FILE;
    const table = readTable({
      text: ctx.read(file),
      file,
      required: ['Country Code', 'Likely date of joining', 'Likely date of exit']
    });
    const seen = new Map<string, number>();
    const members = table.rows.map((row): BriMember => {
      const code = row.cells['Country Code'].trim();
      if (!isEntityCode(code))
        throw new DataError({
          file,
          row: row.line,
          column: 'Country Code',
          expected: 'an ISO3 code',
          got: showValue(code)
        });
      const first = seen.get(code);
      if (first)
        throw new DataError({
          file,
          row: row.line,
          column: 'Country Code',
          expected: `one row for ${code}`,
          got: `a duplicate of line ${first}`
        });
      seen.set(code, row.line);
      const date = (column: string) => {
        const raw = row.cells[column].trim();
        if (raw !== '' && !ISO_DATE.test(raw))
          throw new DataError({
            file,
            row: row.line,
            column,
            expected: 'an ISO date YYYY-MM-DD or empty',
            got: showValue(raw)
          });
        return raw === '' ? null : raw;
      };
      const member = { code, joined: date('Likely date of joining'), exited: date('Likely date of exit') };
      if (member.joined && member.exited && member.exited <= member.joined) {
        throw new DataError({
          file,
          row: row.line,
          column: 'Likely date of exit',
          expected: `a date after ${member.joined}`,
          got: member.exited
        });
      }
      return member;
    });
    if (members.length !== BRI_COUNT)
      throw new DataError({ file, expected: `${BRI_COUNT} countries`, got: `${members.length}` });
    return {
      schema: SCHEMA_VERSION,
      sourceId: 'gfdc-bri-2023-12',
      asOf: BRI_AS_OF,
      unknownJoinDate: BRI_LIST_DATE,
      members: members.sort((a, b) => (a.code < b.code ? -1 : 1))
    };
  }
};
