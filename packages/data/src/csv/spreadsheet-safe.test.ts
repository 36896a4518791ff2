import { expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

it.each(['=1+2', '+cmd', '-cmd', '@SUM(A1)', '\tx', '\rx'])('spreadsheetSafe(%j) gets a leading apostrophe', (cell) =>
  expect(spreadsheetSafe(cell)).toBe(`'${cell}`)
);

it.each(['-3.2', '+4', '-0.5e-3', 'China', 'NA', ''])('spreadsheetSafe(%j) is unchanged', (cell) =>
  expect(spreadsheetSafe(cell)).toBe(cell)
);
