import type { Observation } from '../observation.ts';
import type { Top500List } from '../read/read-top500-list.ts';

/**
 * Per economy and year, from the lists of one month ("06" or "11"): the number of systems, or the economy's share of
 * the list's total Rmax in %. An economy that is on any of these lists holds 0 on the others; a missing list is null
 * for all, located at the file the list would be (`listFile`, the registry's `…_<YYYY-MM>.csv`); WLD is the whole list
 * (500 systems, 100 %).
 */
export function top500Observations(options: {
  lists: readonly Top500List[];
  month: '06' | '11';
  measure: 'systems' | 'share';
  years: { first: number; last: number };
  listFile: string;
}): Observation[] {
  const lists = options.lists.filter((l) => l.list.endsWith(`-${options.month}`));
  const economies = [...new Set(lists.flatMap((l) => l.systems.map((s) => s.country)))].sort();
  const out: Observation[] = [];
  for (let year = options.years.first; year <= options.years.last; year += 1) {
    const list = lists.find((l) => l.list === `${year}-${options.month}`);
    if (!list) {
      for (const entity of [...economies, 'WLD']) out.push({ entity, year, value: null, file: options.listFile.replace('<YYYY-MM>', `${year}-${options.month}`), line: 0 });
      continue;
    }
    const total = list.systems.reduce((sum, s) => sum + s.rmaxTflops, 0);
    for (const entity of economies) {
      const mine = list.systems.filter((s) => s.country === entity);
      const value =
        options.measure === 'systems' ? mine.length : (100 * mine.reduce((sum, s) => sum + s.rmaxTflops, 0)) / total;
      const line = mine[0]?.line ?? 0;
      out.push({ entity, year, value, file: list.file, line, column: 'Country' });
    }
    out.push({ entity: 'WLD', year, value: options.measure === 'systems' ? list.systems.length : 100, file: list.file, line: 0 });
  }
  return out;
}
