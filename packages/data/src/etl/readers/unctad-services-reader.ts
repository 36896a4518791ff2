import { z } from 'zod';
import { readUnctadServices } from '../read/read-unctad-services.ts';
import { readerCode } from './reader-code.ts';
import type { SeriesReader } from './series-reader.ts';

const flow = z.enum(['SERVICES_EXPORTS', 'SERVICES_IMPORTS']);

/** `unctad-services`: total services exports or imports (`code` SERVICES_EXPORTS | SERVICES_IMPORTS) from UNCTADstat. */
export const unctadServicesReader: SeriesReader = {
  read: ({ entry, ctx }) => readUnctadServices(ctx, readerCode({ entry, schema: flow }), entry.file)
};
