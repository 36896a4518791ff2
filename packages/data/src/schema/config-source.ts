import { z } from 'zod';
import { sourceSchema } from './manifest.ts';

/**
 * A record of `config/sources.json`: the manifest's source shape plus `roles`, the raw files the fixed ETL steps read
 * (the WDI country metadata, the WTO RTA export, the TeleGeography files, the TOP500 lists), by role. Each file is one
 * of the source's `files`; a name with a placeholder (`<id>`, `<YYYY-MM>`) stands for a family of files. A new download
 * with a new file name is a change here, not in code. The manifest does not carry `roles`.
 */
export const configSourceSchema = sourceSchema.extend({
  roles: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)).optional()
});
