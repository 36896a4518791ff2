import type { Column, Row } from './to-csv.ts';

/** A data-table column: the CSV uses `key` and `label`, the table may format the value for display. */
export interface TableColumn extends Column {
  format?: (value: Row[string]) => string;
  numeric?: boolean;
  /** The language of every value in the column when it differs from the table's (names with no form in the locale). */
  lang?: string;
  /** The row field that holds each value's language, for a column that mixes languages (a name or its translation). */
  langKey?: string;
}
