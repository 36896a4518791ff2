import type { BriFile } from '../schema/types.ts';

/**
 * `member` from the join date (inclusive); `exited` from the exit date (inclusive); `not-yet` before a known join date;
 * `unknown` before the list's date for a member the source gives no join date; `not-listed` for a country not on the list.
 */
export type BriStatus = 'member' | 'exited' | 'not-yet' | 'unknown' | 'not-listed';

/** Belt and Road status of `iso3` on `date` (ISO YYYY-MM-DD), keeping "join date not given" apart from "not a member". */
export function briStatusOn(iso3: string, date: string, list: BriFile): BriStatus {
  const member = list.members.find((m) => m.code === iso3);
  if (!member) return 'not-listed';
  if (member.exited !== null && date >= member.exited) return 'exited';
  if (member.joined === null) return date >= list.unknownJoinDate ? 'member' : 'unknown';
  return date >= member.joined ? 'member' : 'not-yet';
}
