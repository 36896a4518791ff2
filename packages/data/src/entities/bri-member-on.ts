import bri from '../../editions/2026/entities/bri.json' with { type: 'json' };
import type { BriFile } from '../schema/v1.ts';

/**
 * Whether `iso3` was a Belt and Road member on `date` (ISO YYYY-MM-DD): from its join date (inclusive) until its exit
 * date (exclusive). A member without a join date in the source (e.g. Russia) counts from `unknownJoinDate`, the
 * initiative's announcement. Defaults to the 2026 edition's list.
 */
export function briMemberOn(iso3: string, date: string, list: BriFile = bri as BriFile): boolean {
  const member = list.members.find((m) => m.code === iso3);
  if (!member) return false;
  const joined = member.joined ?? list.unknownJoinDate;
  return joined <= date && (member.exited === null || date < member.exited);
}
