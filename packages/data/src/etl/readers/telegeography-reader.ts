import { z } from 'zod';
import { DataError } from '../../errors/data-error.ts';
import type { BriFile } from '../../schema/types.ts';
import { cableObservations } from '../series/cable-observations.ts';
import { telegeographyData } from '../series/telegeography-data.ts';
import { readerCode } from './reader-code.ts';
import type { SeriesReader } from './series-reader.ts';

const measure = z.enum(['cables-in-service', 'cables-planned', 'cables-cumulative', 'landing-points-in-service', 'landing-points-planned']);

/** `telegeography`: a count of submarine cables or landing points (`code`) by economy, BRI members and the world. */
export const telegeographyReader: SeriesReader = {
  after: ['entities/bri.json'],
  read: ({ entry, ctx, built, names }) => {
    const bri = built.get('entities/bri.json') as BriFile | undefined;
    if (!bri) throw new DataError({ file: `series/${entry.id}.json`, expected: 'entities/bri.json built before this step', got: 'not built' });
    const data = telegeographyData({ ctx, names: names.telegeography });
    return cableObservations({ data, measure: readerCode({ entry, schema: measure }), bri });
  }
};
