import type { ClaimRecord } from '@dtr/data';
import type { RulesEvent, RulesTimelineChoices } from './rules-timeline';

/**
 * The timeline's dated events from the edition's choices: an event that cites a ledger claim takes the claim's year,
 * one without takes the date its text gives. `charts.json` is checked to cite only claims with a year; a ledger that
 * lost the claim or its year since fails here, named.
 */
export function rulesEvents({
  events,
  claims
}: {
  events: RulesTimelineChoices['events'];
  claims: readonly Pick<ClaimRecord, 'id' | 'year'>[];
}): RulesEvent[] {
  return events.map((e) => {
    const extra = {
      ...(e.until === undefined ? {} : { until: e.until }),
      ...(e.record === undefined ? {} : { record: e.record })
    };
    if (e.claim === undefined) return { id: e.id, date: e.date!, text: e.text, ...extra };
    const year = claims.find((c) => c.id === e.claim)?.year;
    if (year == null)
      throw new Error(`rules-timeline event "${e.id}": the claim "${e.claim}" has no year in the ledger`);
    return { id: e.id, date: String(year), ...extra };
  });
}
