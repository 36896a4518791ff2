/** One value read from a raw file, with where it came from so later checks can point back at the row. */
export interface Observation {
  entity: string;
  year: number;
  value: number | null;
  file: string;
  line: number;
  /** Column (or sheet!column) the value was read from, when the reader knows it; for the gate's error messages. */
  column?: string;
}
