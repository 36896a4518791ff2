import type { z } from 'zod';
import { catalogueSchema, catalogueV1Schema } from './catalogue.ts';
import { claimsLedgerSchema } from './claims.ts';
import {
  briSchema,
  briV1Schema,
  countriesSchema,
  countriesV1Schema,
  groupsSchema,
  provincesSchema,
  provincesV1Schema
} from './entities.ts';
import { frameworkSchema, frameworkV1Schema } from './framework.ts';
import { manifestSchema, manifestV1Schema } from './manifest.ts';
import { methodSchema } from './method.ts';
import { publicRecordSchema } from './public-record.ts';
import { resultsSchema } from './results.ts';
import { seriesSchema, seriesV1Schema } from './series.ts';
import { specSchema } from './spec.ts';

export interface EditionFileKind {
  /** Which paths inside the edition folder have this shape. */
  matches(path: string): boolean;
  /** The current schema (version 2). */
  schema: z.ZodType;
  /** The schema-1 shape, accepted on read and migrated; absent for files that did not exist in schema 1. */
  v1?: z.ZodType;
}

const exact = (name: string) => (path: string) => path === name;

/** Every JSON file an edition may hold, with its schemas. Files not listed (CSV tables, README) are kept as text. */
export const EDITION_FILES: Record<string, EditionFileKind> = {
  manifest: { matches: exact('manifest.json'), schema: manifestSchema, v1: manifestV1Schema },
  catalogue: { matches: exact('catalogue.json'), schema: catalogueSchema, v1: catalogueV1Schema },
  claims: { matches: exact('claims.json'), schema: claimsLedgerSchema, v1: claimsLedgerSchema },
  countries: { matches: exact('entities/countries.json'), schema: countriesSchema, v1: countriesV1Schema },
  provinces: { matches: exact('entities/provinces.json'), schema: provincesSchema, v1: provincesV1Schema },
  bri: { matches: exact('entities/bri.json'), schema: briSchema, v1: briV1Schema },
  groups: { matches: exact('entities/groups.json'), schema: groupsSchema },
  framework: { matches: exact('index/framework.json'), schema: frameworkSchema, v1: frameworkV1Schema },
  spec: { matches: exact('index/spec.json'), schema: specSchema, v1: specSchema },
  results: { matches: exact('index/results.json'), schema: resultsSchema },
  method: { matches: exact('index/method.json'), schema: methodSchema },
  publicRecord: { matches: exact('config/public-record.json'), schema: publicRecordSchema },
  series: { matches: (path) => /^series\/[a-z0-9-]+\.json$/.test(path), schema: seriesSchema, v1: seriesV1Schema }
};
