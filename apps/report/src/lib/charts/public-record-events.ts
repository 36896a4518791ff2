import type { PublicRecord } from '@dtr/data';

/**
 * The marks a timeline draws for public-record facts, in the record style (`record: true`): one per fact, at the
 * record's own date, labelled `label(<record id>)` followed by the copy's `record-mark` ("(public record)"). `pair`
 * joins a mark to the text's mark of the same step, so the two read as one thing dated two ways. A record id the
 * edition's registry lacks fails, named (charts.json is checked against it first).
 */
export function publicRecordEvents({
  cites,
  records,
  label,
  gap
}: {
  cites: { id: string; record: string; pair?: string }[];
  records: readonly PublicRecord[];
  label: (key: string) => string;
  /** What separates a label from its mark: a space in English, nothing before a full-width bracket. */
  gap: string;
}): { id: string; date: string; label: string; short: string; kind: number; record: true; pair?: string }[] {
  return cites.map((c) => {
    const r = records.find((x) => x.id === c.record);
    if (!r) throw new Error(`public record "${c.record}" (cited by "${c.id}") is not in config/public-record.json`);
    return {
      id: `record-${r.id}`,
      date: r.date,
      label: `${label(r.id)}${gap}${label('record-mark')}`,
      // On a phone the diamond alone says it is the record's: the records of a year share a row, without the mark.
      short: label(r.id),
      kind: 2,
      record: true as const,
      ...(c.pair ? { pair: c.pair } : {})
    };
  });
}
