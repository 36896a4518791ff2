import { adbGvcReader } from './adb-gvc-reader.ts';
import { ituAggregatesReader } from './itu-aggregates-reader.ts';
import { ituIdiReader } from './itu-idi-reader.ts';
import { nbsGdpReader } from './nbs-gdp-reader.ts';
import { nbsLongReader } from './nbs-long-reader.ts';
import { nbsSectorShareReader } from './nbs-sector-share-reader.ts';
import { nsfKtiReader } from './nsf-kti-reader.ts';
import { sdmxCsvReader } from './sdmx-csv-reader.ts';
import type { SeriesReader } from './series-reader.ts';
import { telegeographyReader } from './telegeography-reader.ts';
import { top500Reader } from './top500-reader.ts';
import { unctadServicesReader } from './unctad-services-reader.ts';
import { wdiDatabank2020Reader } from './wdi-databank-2020-reader.ts';
import { wdiLongReader } from './wdi-long-reader.ts';
import { wdiWideReader } from './wdi-wide-reader.ts';
import { wtoRtaReader } from './wto-rta-reader.ts';

/** Every generic reader, by the name a catalogue entry gives in its `reader` field (config/series.json). */
export const SERIES_READERS: Readonly<Record<string, SeriesReader>> = {
  'adb-gvc': adbGvcReader,
  'itu-aggregates': ituAggregatesReader,
  'itu-idi': ituIdiReader,
  'nbs-gdp': nbsGdpReader,
  'nbs-long': nbsLongReader,
  'nbs-sector-share': nbsSectorShareReader,
  'nsf-kti': nsfKtiReader,
  'sdmx-csv': sdmxCsvReader,
  telegeography: telegeographyReader,
  top500: top500Reader,
  'unctad-services': unctadServicesReader,
  'wdi-databank-2020': wdiDatabank2020Reader,
  'wdi-long': wdiLongReader,
  'wdi-wide': wdiWideReader,
  'wto-rta': wtoRtaReader
};
