import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

describe('spreadsheetSafe', () => {
  it.each(['=1+2', '+cmd', '-cmd', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")', '-', '- 3'])(
    'neutralises %j with a leading apostrophe',
    (cell) => expect(spreadsheetSafe(cell)).toBe(`'${cell}`)
  );
  it.each(['-3.2', '+4', '-0.5e-3', '-.5', '12', 'China', 'a=b', '', ' =1'])('leaves %j unchanged', (cell) =>
    expect(spreadsheetSafe(cell)).toBe(cell)
  );
});
