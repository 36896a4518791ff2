import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

/** The copy keys World as G001, Kosovo as KOS and Palestine as WBG; the edition uses WLD, XKX and ISO3 PSE. */
const CODE_FIXES: Record<string, string> = { G001: 'WLD', KOS: 'XKX', WBG: 'PSE' };

interface ServicesSeries {
  scale?: unknown;
  unit?: unknown;
  categoryCode?: unknown;
  values?: Record<string, unknown>;
}

/** Reads total-services exports (SERVICES_EXPORTS) or imports (SERVICES_IMPORTS) in US$ millions from the UNCTADstat copy. */
export function readUnctadServices(
  ctx: EtlContext,
  flow: 'SERVICES_EXPORTS' | 'SERVICES_IMPORTS',
  file: string
): Observation[] {
  let doc: { economies?: Record<string, { series?: Record<string, ServicesSeries> }> };
  try {
    doc = JSON.parse(ctx.read(file));
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({ file, expected: 'valid JSON', got: (error as Error).message });
  }
  if (!doc.economies || typeof doc.economies !== 'object')
    throw new DataError({ file, column: 'economies', expected: 'an object keyed by ISO3', got: 'nothing' });
  const observations: Observation[] = [];
  for (const [key, economy] of Object.entries(doc.economies)) {
    const entity = CODE_FIXES[key] ?? key;
    const where = `economies.${key}`;
    if (!isEntityCode(entity))
      throw new DataError({ file, column: where, expected: 'an ISO3 code', got: showValue(key) });
    const series = economy.series?.[flow];
    if (!series) continue;
    if (series.scale !== 'Millions' || series.unit !== 'US dollar' || series.categoryCode !== 'S') {
      throw new DataError({
        file,
        column: `${where}.series.${flow}`,
        expected: 'unit "US dollar", scale "Millions", category "S"',
        got: `${String(series.unit)}, ${String(series.scale)}, ${String(series.categoryCode)}`
      });
    }
    for (const [yearText, value] of Object.entries(series.values ?? {})) {
      const year = Number(yearText);
      const column = `${where}.series.${flow}.values.${yearText}`;
      if (!/^\d{4}$/.test(yearText) || year < 2005 || year > 2025)
        throw new DataError({ file, column, expected: 'a year in 2005–2025', got: showValue(yearText) });
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
        throw new DataError({ file, column, expected: 'a number or null', got: showValue(String(value)) });
      observations.push({ entity, year, value, file, line: 0 });
    }
  }
  return observations;
}
