import { z } from 'zod';
import { readNsfKti } from '../read/read-nsf-kti.ts';
import { readerCode } from './reader-code.ts';
import type { SeriesReader } from './series-reader.ts';

const flow = z.enum(['Exports', 'Imports']);

/** `nsf-kti`: exports or imports (`code`) of knowledge- and technology-intensive industries, NCSES table SKTI-20. */
export const nsfKtiReader: SeriesReader = { read: ({ entry, ctx }) => readNsfKti(ctx, readerCode({ entry, schema: flow }), entry.file) };
