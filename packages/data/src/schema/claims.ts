import { z } from 'zod';
import { CONFLICT_REASONS, LANGUAGES, QUALIFIERS, TOPICS } from '../claims/types.ts';

const readingSchema = z.strictObject({ value: z.number(), year: z.int().nullable() });

export const claimRecordSchema = z.strictObject({
  id: z.string().min(1),
  value: z.number().nullable(),
  unit: z.string(),
  year: z.int().nullable(),
  entity: z.string(),
  indicator: z.string().nullable(),
  topic: z.enum(TOPICS),
  text: z.string(),
  section: z.string(),
  quote: z.string(),
  note: z.string(),
  qualifier: z.enum(QUALIFIERS).optional(),
  subject: z.string().optional(),
  reading: readingSchema.optional(),
  author: z.string(),
  title: z.string(),
  conflicts: z.array(z.string())
});

const datasetReferenceSchema = z.strictObject({
  series: z.string(),
  entity: z.string(),
  year: z.int(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  derivation: z.string().optional()
});

const differenceSchema = z.strictObject({
  claim: z.string(),
  usesReading: z.boolean(),
  claimValue: z.number(),
  datasetValue: z.number(),
  unit: z.string(),
  absolute: z.number(),
  relative: z.number()
});

export const conflictRecordSchema = z.strictObject({
  id: z.string(),
  claims: z.array(z.string()),
  reasons: z.array(z.enum(CONFLICT_REASONS)),
  dataset: datasetReferenceSchema.optional(),
  explanation: z.string(),
  differences: z.array(differenceSchema)
});

const textSchema = z.strictObject({
  text: z.string(),
  author: z.string(),
  title: z.string(),
  year: z.int().nullable(),
  language: z.enum(LANGUAGES),
  note: z.string(),
  caveats: z.array(z.string()),
  claims: z.int().min(0)
});

/** `claims.json`: the ledger (its own schema version, 1, independent of the dataset files'). */
export const claimsLedgerSchema = z.strictObject({
  schema: z.literal(1),
  texts: z.array(textSchema),
  claims: z.array(claimRecordSchema),
  conflicts: z.array(conflictRecordSchema)
});
