import type { Column, Row } from './toCsv.ts';

/** A data-table column: the CSV uses `key` and `label`, the table may format the value for display. */
export interface TableColumn extends Column {
  format?: (value: Row[string]) => string;
  numeric?: boolean;
}
