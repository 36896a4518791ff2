import { expect, it } from 'vitest';
import { toCsv } from './toCsv.ts';

it('toCsv writes a header of labels, raw numbers, empty missing values and CRLF line ends', () => {
  const csv = toCsv({
    columns: [
      { key: 'name', label: 'Economy' },
      { key: 'v', label: 'Value (US$ m)' }
    ],
    rows: [
      { name: 'China', v: 57967.257 },
      { name: 'Korea, Rep.', v: null },
      { name: 'Say "hi"', v: Number.NaN }
    ]
  });
  expect(csv).toBe('Economy,Value (US$ m)\r\nChina,57967.257\r\n"Korea, Rep.",\r\n"Say ""hi""",\r\n');
});
