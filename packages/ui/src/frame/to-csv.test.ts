import { expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

it('toCsv writes a header of labels, raw numbers, empty missing values and LF line ends', () => {
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
  expect(csv).toBe('Economy,Value (US$ m)\nChina,57967.257\n"Korea, Rep.",\n"Say ""hi""",\n');
});

it('toCsv neutralises formula-like text but keeps negative numbers as numbers', () => {
  const csv = toCsv({
    columns: [
      { key: 'name', label: 'Economy' },
      { key: 'v', label: 'Value' }
    ],
    rows: [
      { name: '=HYPERLINK("http://evil")', v: -3.2 },
      { name: '@SUM(A1)', v: '-3.2' }
    ]
  });
  expect(csv).toBe('Economy,Value\n"\'=HYPERLINK(""http://evil"")",-3.2\n\'@SUM(A1),-3.2\n');
});
