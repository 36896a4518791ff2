import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case key');

/**
 * `editions/<year>/config/entity-groups.json`: how the edition groups its entities: the Belt and Road list; income groups are keyed WDI
 * income-group names; BRI join bands are year ranges that must cover every dated member still in; a province group
 * takes the provinces of the listed regions, groups (entities/provinces.json) or codes.
 */
export const entityGroupsConfigSchema = z.strictObject({
  /** The Belt and Road list the ETL reads into entities/bri.json (a count other than `count` fails the build). */
  briList: z.strictObject({
    sourceId: z.string(),
    file: z.string(),
    count: z.int().positive(),
    /** The month the list was compiled, YYYY-MM. */
    asOf: z.string().regex(/^\d{4}-\d{2}$/),
    /** The list's own date: members without a join date count from it (the last day of `asOf`). */
    listDate: isoDateSchema
  }),
  incomeGroups: z.array(z.strictObject({ key, name: z.string() })),
  briJoinBands: z.array(z.strictObject({ key: z.string(), from: z.number().int(), to: z.number().int() })),
  provinceGroups: z.array(
    z.strictObject({
      key,
      regions: z.array(z.string()).optional(),
      groups: z.array(z.string()).optional(),
      codes: z.array(z.string()).optional()
    })
  )
});
