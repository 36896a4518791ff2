import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import { SCHEMA_VERSION, type BriFile, type BriMember } from '../../schema/types.ts';
import type { EntityGroupsConfig } from '../../edition/read-entity-groups-config.ts';
import type { EtlStep } from '../etl-step.ts';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * `entities/bri.json` from the Belt and Road list the edition's config names (config/entity-groups.json `briList`: file,
 * source, the count it must hold, its month, and the list date used for members the source gives no join date, who are
 * members as of the list and of unknown status before it; no join date is ever assumed).
 */
export function briFile({ list }: { list: EntityGroupsConfig['briList'] }): EtlStep {
  return {
    output: 'entities/bri.json',
    sourceIds: [list.sourceId],
    build: (ctx): BriFile => {
      const file = list.file;
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
      if (members.length !== list.count)
        throw new DataError({ file, expected: `${list.count} countries`, got: `${members.length}` });
      return {
        schema: SCHEMA_VERSION,
        sourceId: list.sourceId,
        asOf: list.asOf,
        unknownJoinDate: list.listDate,
        members: members.sort((a, b) => (a.code < b.code ? -1 : 1))
      };
    }
  };
}
