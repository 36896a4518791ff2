import type { z } from 'zod';
import type { catalogueSchema, categorySchema, indicatorSchema } from './catalogue.ts';
import type {
  briMemberSchema,
  briSchema,
  countriesSchema,
  countryEntitySchema,
  provinceEntitySchema,
  provincesSchema,
  groupsSchema
} from './entities.ts';
import type { frameworkSchema } from './framework.ts';
import type {
  aggregateDefinitionSchema,
  frameworkConfigSchema,
  indicatorDefinitionSchema,
  indicatorSourceSchema
} from './framework-config.ts';
import type { localisedSchema } from './localised.ts';
import type { externalRowSchema } from './external.ts';
import type { flagRowSchema } from './flags.ts';
import type { configSourceSchema } from './config-source.ts';
import type { manifestSchema, sourceSchema } from './manifest.ts';
import type { methodSchema } from './method.ts';
import type { resultsSchema } from './results.ts';
import type { auditSchema } from './audit.ts';
import type { seriesSchema } from './series.ts';
import type { specSchema } from './spec.ts';

/**
 * Edition dataset types, inferred from the zod schemas (the one definition of each shape). Version 2: every file
 * under `packages/data/editions/<year>/` has one of these shapes; `migrateV1` upgrades a schema-1 edition on read.
 * JSON cannot hold NaN, so a missing observation is `null`; core turns it into NaN.
 */
export const SCHEMA_VERSION = 2;

export type Localised = z.infer<typeof localisedSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ConfigSource = z.infer<typeof configSourceSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CountryEntity = z.infer<typeof countryEntitySchema>;
export type CountriesFile = z.infer<typeof countriesSchema>;
export type ProvinceEntity = z.infer<typeof provinceEntitySchema>;
export type ProvincesFile = z.infer<typeof provincesSchema>;
export type BriMember = z.infer<typeof briMemberSchema>;
export type BriFile = z.infer<typeof briSchema>;
export type GroupsFile = z.infer<typeof groupsSchema>;
export type FrameworkFile = z.infer<typeof frameworkSchema>;
export type IndexSpec = z.infer<typeof specSchema>;
export type IndexResults = z.infer<typeof resultsSchema>;
export type IndexAudit = z.infer<typeof auditSchema>;
export type MethodFile = z.infer<typeof methodSchema>;
export type IndexFlag = z.output<ReturnType<typeof flagRowSchema>>;
export type ExternalRow = z.output<ReturnType<typeof externalRowSchema>>;
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
export type AggregateDefinition = z.infer<typeof aggregateDefinitionSchema>;
export type FrameworkConfig = z.infer<typeof frameworkConfigSchema>;
/** A framework configuration applied to one edition. */
export type FrameworkDefinition = FrameworkConfig & { edition: number };
