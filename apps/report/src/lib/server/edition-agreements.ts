import type { ChinaAgreementsFile } from '@dtr/data';

/** China's agreements from the WTO RTA Database (`agreements/china.json`) of each edition, read at build time. */
const files = import.meta.glob<ChinaAgreementsFile>('$editions/*/agreements/china.json', { eager: true, import: 'default' });

export function editionAgreements(year: number): ChinaAgreementsFile {
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${year}/agreements/china.json`));
  if (!entry) throw new Error(`Edition ${year} has no agreements/china.json`);
  return entry[1];
}
