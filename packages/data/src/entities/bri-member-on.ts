import type { BriFile } from '../schema/types.ts';
import { briStatusOn } from './bri-status-on.ts';

/**
 * Whether `iso3` is known to be a Belt and Road member on `date` (ISO YYYY-MM-DD): from its join date (inclusive)
 * until its exit date (exclusive). A member the source gives no join date (e.g. Russia) counts only from the list's own
 * date (`unknownJoinDate`, 2023-12-31); before it, its status is unknown and this returns false — use `briStatusOn` to
 * tell "unknown" from "not a member". `list` is the edition's entities/bri.json (the ETL's output is never read back here).
 */
export function briMemberOn(iso3: string, date: string, list: BriFile): boolean {
  return briStatusOn(iso3, date, list) === 'member';
}
