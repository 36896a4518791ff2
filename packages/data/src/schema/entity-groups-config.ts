import { z } from 'zod';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case key');

/**
 * `editions/<year>/config/entity-groups.json`: how the edition groups its entities. Income groups are keyed WDI
 * income-group names; BRI join bands are year ranges that must cover every dated member still in; a province group
 * takes the provinces of the listed regions, groups (entities/provinces.json) or codes.
 */
export const entityGroupsConfigSchema = z.strictObject({
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
