import { z } from 'zod';

/** Text in the report's two locales; a third or a misspelt locale key is an error. */
export const localisedSchema = z.strictObject({ en: z.string(), zh: z.string() });
