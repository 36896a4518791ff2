import { describe, expect, it } from 'vitest';
import { timelineRows } from './timeline-rows.ts';

const events = [
  { id: 'asean', t: 2005.5, date: '2005-07', label: 'China – ASEAN' },
  { id: 'nic', t: 2024, date: '2024-01-01', label: 'China – Nicaragua', short: 'Nicaragua' },
  { id: 'ecu', t: 2024.33, date: '2024-05-01', label: 'China – Ecuador', short: 'Ecuador' },
  { id: 'rec', t: 2024.4, date: '2024-06-01', label: 'X (public record)', short: 'X', record: true },
  { id: 'srb', t: 2024.5, date: '2024-07-01', label: 'China – Serbia', short: 'Serbia' },
  { id: 'mdv', t: 2025, date: '2025-01-01', label: 'China – Maldives', short: 'Maldives', lang: 'en' }
];

describe('timelineRows', () => {
  it('one row per event when not compact, each at its own time', () => {
    const rows = timelineRows({ events, compact: false });
    expect(rows.map((r) => [r.id, r.date, r.label, r.times])).toEqual(
      events.map((e) => [e.id, e.date, e.label, [e.t]])
    );
  });

  it('compact: short-named events of one year and style share a row dated by the year, a dot per event, at its first', () => {
    const rows = timelineRows({ events, compact: true });
    expect(rows.map((r) => [r.id, r.date, r.label, r.times, r.record ?? false, r.lang])).toEqual([
      ['asean', '2005-07', 'China – ASEAN', [2005.5], false, undefined],
      ['nic+ecu+srb', '2024', 'Nicaragua · Ecuador · Serbia', [2024, 2024.33, 2024.5], false, undefined],
      ['rec', '2024', 'X', [2024.4], true, undefined],
      ['mdv', '2025', 'Maldives', [2025], false, 'en']
    ]);
  });
});
