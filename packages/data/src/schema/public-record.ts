import { z } from 'zod';
import { localisedSchema } from './localised.ts';

/** A date as precise as the record gives it: a year, a year and month, or a day (ISO). */
const recordDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD'
  });

/**
 * One fact of the public record that a text dates differently or not at all (a congress report, a signature, an
 * application): what it records, when, and the document that records it. `url` is absent where no official page could
 * be checked; the citation is then publisher, title and date. The licence is the publisher's own terms.
 */
const recordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'expected a kebab-case id' }),
  date: recordDate,
  records: localisedSchema,
  publisher: localisedSchema,
  /** The document's title in its own language (`lang`), and in English. */
  title: z.strictObject({ original: z.string().min(1), lang: z.enum(['en', 'zh']), en: z.string().min(1) }),
  url: z.url().optional(),
  licence: z.literal("source's terms")
});

/**
 * `config/public-record.json`: the edition's registry of public-record facts, cited beside the texts' dates (charts name
 * an entry by `record`). Strict, so a misspelt key fails with its JSON path; an id used twice fails with the second's.
 */
export const publicRecordSchema = z.strictObject({
  records: z
    .array(recordSchema)
    .min(1)
    .superRefine((list, ctx) =>
      list.forEach((r, i) => {
        if (list.findIndex((x) => x.id === r.id) !== i)
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'expected an id not used before', input: r.id });
      })
    )
});

/** `config/public-record.json`, typed. */
export type PublicRecordFile = z.infer<typeof publicRecordSchema>;
/** One public-record fact. */
export type PublicRecord = PublicRecordFile['records'][number];
