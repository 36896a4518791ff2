import type { EditionDiff } from './types.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toPrecision(3)} %` : 'from 0');
const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.join(', '));

/** The diff as plain text for the terminal; `perSeries` caps the revisions listed per series (all are counted). */
export function formatDiff(diff: EditionDiff, perSeries = 5): string {
  const out: string[] = [`edition diff ${diff.from} → ${diff.to}`, ''];
  out.push(`series added: ${list(diff.seriesAdded)}`, `series removed: ${list(diff.seriesRemoved)}`);
  out.push(`sources added: ${list(diff.sources.added)}`, `sources removed: ${list(diff.sources.removed)}`);
  for (const v of diff.sources.vintage) out.push(`source ${v.id}: vintage ${v.from} → ${v.to}`);
  out.push('', `series with changes: ${diff.series.length}`);
  for (const s of diff.series) {
    const head = [
      `${s.revised.length} revised beyond ${(s.tolerance * 100).toPrecision(2)} %`,
      `${s.added} values added`,
      `${s.removed} removed`
    ];
    if (s.yearsAdded.length) head.push(`years added ${s.yearsAdded.join(', ')}`);
    if (s.yearsRemoved.length) head.push(`years removed ${s.yearsRemoved.join(', ')}`);
    if (s.unit) head.push(`UNIT ${s.unit.from} → ${s.unit.to}`);
    if (s.scale) head.push(`SCALE ${s.scale.from} → ${s.scale.to}`);
    out.push(`  ${s.id}: ${head.join('; ')}`);
    for (const r of s.revised.slice(0, perSeries))
      out.push(`    ${r.entity} ${r.year}: ${r.from} → ${r.to} (${pct(r.relative)})`);
    if (s.revised.length > perSeries) out.push(`    … ${s.revised.length - perSeries} more`);
  }
  out.push('');
  if (diff.claims === null) out.push('claims: not compared (a ledger is missing)');
  else {
    out.push(
      `claims added: ${list(diff.claims.added)}`,
      `claims removed: ${list(diff.claims.removed)}`,
      `claims changed: ${diff.claims.changed.length}`
    );
    for (const c of diff.claims.changed)
      out.push(
        `  ${c.id}: ${c.fields.map((f) => `${f.field} ${JSON.stringify(f.from)} → ${JSON.stringify(f.to)}`).join('; ')}`
      );
  }
  out.push('');
  if (diff.spec === null) out.push('index spec: not compared (an edition has no index/spec.json)');
  else {
    out.push(`index spec method changes: ${diff.spec.length === 0 ? 'none' : diff.spec.length}`);
    for (const c of diff.spec) out.push(`  ${c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`);
  }
  out.push('');
  if (diff.ranks === null) out.push('index ranks: not compared (an edition has no index)');
  else {
    const noise = diff.ranks.changed.filter((c) => c.withinNoise).length;
    out.push(
      `index rank changes: ${diff.ranks.changed.length} (${diff.ranks.changed.length - noise} beyond noise, ${noise} within noise)`
    );
    for (const c of diff.ranks.changed) {
      out.push(
        `  ${c.code}: ${c.from.rank} → ${c.to.rank} (${c.delta > 0 ? '+' : ''}${c.delta}) ${c.withinNoise ? 'within noise' : 'BEYOND NOISE'} [${c.from.q05}–${c.from.q95} → ${c.to.q05}–${c.to.q95}]`
      );
    }
    out.push(`  entered the index: ${list(diff.ranks.entered)}`, `  left the index: ${list(diff.ranks.left)}`);
  }
  return out.join('\n') + '\n';
}
