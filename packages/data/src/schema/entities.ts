import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';
import { localisedSchema } from './localised.ts';

export const countryEntitySchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{3}$/, 'expected a three-character code'),
  name: localisedSchema,
  kind: z.enum(['economy', 'aggregate']),
  region: z.string().nullable(),
  incomeGroup: z.string().nullable()
});

const countries = { sourceId: z.string(), entities: z.array(countryEntitySchema) };
export const countriesV1Schema = z.strictObject({ schema: z.literal(1), ...countries });
export const countriesSchema = z.strictObject({ schema: z.literal(2), ...countries });

const provinceRegion = z.enum(['east', 'central', 'west', 'northeast']);
const provinceGroup = z.enum(['yrd', 'gba', 'jjj']);
export const provinceEntitySchema = z.strictObject({
  code: z.string().regex(/^CN-[A-Z]{2}$/, 'expected an ISO 3166-2:CN code'),
  nbsCode: z.string(),
  name: localisedSchema,
  region: provinceRegion,
  groups: z.array(provinceGroup)
});
const provinces = {
  provinces: z.array(provinceEntitySchema),
  regions: z.record(provinceRegion, localisedSchema),
  groups: z.record(provinceGroup, localisedSchema)
};
export const provincesV1Schema = z.strictObject({ schema: z.literal(1), ...provinces });
export const provincesSchema = z.strictObject({ schema: z.literal(2), ...provinces });

export const briMemberSchema = z.strictObject({
  code: z.string(),
  joined: isoDateSchema.nullable(),
  exited: isoDateSchema.nullable()
});
const bri = {
  sourceId: z.string(),
  asOf: z.string(),
  unknownJoinDate: isoDateSchema,
  members: z.array(briMemberSchema)
};
export const briV1Schema = z.strictObject({ schema: z.literal(1), ...bri });
export const briSchema = z.strictObject({ schema: z.literal(2), ...bri });

const groupKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case key');
/**
 * `entities/groups.json` (schema 2 only): the groups the story and the explorer show, written by the ETL from the
 * edition's `config/entity-groups.json` and its entity files, each with its members: WDI regions and income groups of
 * the economies, BRI join-year bands of the dated members still in, province groups.
 */
export const groupsSchema = z.strictObject({
  schema: z.literal(2),
  regions: z.array(z.strictObject({ name: z.string(), members: z.array(z.string()) })),
  incomeGroups: z.array(z.strictObject({ key: groupKey, name: z.string(), members: z.array(z.string()) })),
  briJoinBands: z.array(
    z.strictObject({ key: z.string(), from: z.number().int(), to: z.number().int(), members: z.array(z.string()) })
  ),
  provinceGroups: z.array(z.strictObject({ key: groupKey, members: z.array(z.string()) }))
});
