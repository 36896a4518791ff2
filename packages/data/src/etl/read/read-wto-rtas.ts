import type { Worksheet } from 'exceljs';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { cellValue } from '../../xlsx/cell-value.ts';
import { loadWorkbook } from '../../xlsx/load-workbook.ts';
import type { EtlContext } from '../etl-context.ts';

/** The role of config/sources.json naming the WTO RTA database export the agreements step reads. */
export const WTO_RTA_ROLE = 'wto-rtas';

/** A party's own entry or exit date where it differs from the agreement's (the "Specific Entry/Exit dates" column). */
export interface PartyDates {
  entry: string | null;
  exit: string | null;
}

export interface Rta {
  id: number;
  name: string;
  status: string;
  accession: boolean;
  signatureGoods: string | null;
  signatureServices: string | null;
  entryIntoForceGoods: string | null;
  entryIntoForceServices: string | null;
  inactive: string | null;
  /** Current signatories as the WTO names them (blocs such as "European Union" not yet expanded). */
  signatories: string[];
  specificDates: Record<string, PartyDates>;
  row: number;
}

/** The header texts the reader needs; found by text, so a re-ordered export still reads. */
const COLUMNS = {
  id: 'RTA ID',
  name: 'RTA Name',
  status: 'Status',
  accession: 'Accession?',
  signatureGoods: 'Date of Signature (G)',
  signatureServices: 'Date of Signature (S)',
  entryIntoForceGoods: 'Date of Entry into Force (G)',
  entryIntoForceServices: 'Date of Entry into Force (S)',
  inactive: 'Inactive Date',
  signatories: 'Current signatories',
  specificDates: 'Specific Entry/Exit dates'
} as const;

const MONTHS: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12'
};

/**
 * Reads the WTO RTA-IS "All RTAs" export: the sheet that has an "RTA ID" header, columns found by their header
 * text (an export without one of them is an error naming it). Dates become ISO dates; "Specific Entry/Exit dates"
 * such as "Norway(01-Nov-2012 - ); United Kingdom( - 31-Dec-2020)" become per-party entry and exit dates.
 */
export async function readWtoRtas(ctx: EtlContext, file: string): Promise<Rta[]> {
  const workbook = await loadWorkbook({ bytes: ctx.readBytes(file), file });
  const sheet = workbook.worksheets.find((ws) => headerColumns(ws).has(COLUMNS.id));
  if (!sheet)
    throw new DataError({ file, row: 1, column: COLUMNS.id, expected: `a sheet with an "${COLUMNS.id}" header`, got: workbook.worksheets.map((ws) => ws.name).join(', ') });
  const header = headerColumns(sheet);
  const col = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, text] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const index = header.get(text);
    if (index === undefined)
      throw new DataError({ file, row: 1, column: `${sheet.name}!${text}`, expected: `a column headed "${text}"`, got: [...header.keys()].join(', ') });
    col[key] = index;
  }
  const rtas: Rta[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const get = (key: keyof typeof COLUMNS) => cellValue(row.getCell(col[key]).value);
    const id = get('id');
    if (id === null) continue;
    const where = (key: keyof typeof COLUMNS) => ({ file, row: r, column: `${sheet.name}!${COLUMNS[key]}` });
    if (typeof id !== 'number' || !Number.isInteger(id))
      throw new DataError({ ...where('id'), expected: 'an integer id', got: showValue(String(id)) });
    const date = (key: keyof typeof COLUMNS): string | null => {
      const v = get(key);
      if (v === null) return null;
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
      throw new DataError({ ...where(key), expected: 'a date or an empty cell', got: showValue(String(v)) });
    };
    const text = (key: keyof typeof COLUMNS) => String(get(key) ?? '');
    rtas.push({
      id,
      name: text('name'),
      status: text('status'),
      accession: text('accession') === 'Yes',
      signatureGoods: date('signatureGoods'),
      signatureServices: date('signatureServices'),
      entryIntoForceGoods: date('entryIntoForceGoods'),
      entryIntoForceServices: date('entryIntoForceServices'),
      inactive: date('inactive'),
      signatories: text('signatories').split(';').map((s) => s.trim()).filter((s) => s !== ''),
      specificDates: parseSpecificDates(text('specificDates'), where('specificDates')),
      row: r
    });
  }
  if (rtas.length === 0) throw new DataError({ file, row: 2, expected: 'at least one agreement', got: 'none' });
  return rtas;
}

function headerColumns(sheet: Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => {
    const v = cellValue(cell.value);
    if (typeof v === 'string') columns.set(v, index);
  });
  return columns;
}

const PARTY_DATES = /([^;()]+)\(\s*(\d{2}-[A-Z][a-z]{2}-\d{4})?\s*-\s*(\d{2}-[A-Z][a-z]{2}-\d{4})?\s*\)/g;

function isoDate(text: string | undefined, where: { file: string; row: number; column: string }): string | null {
  if (text === undefined) return null;
  const [day, month, year] = text.split('-');
  const mm = MONTHS[month];
  if (!mm) throw new DataError({ ...where, expected: 'a date like 01-Nov-2012', got: showValue(text) });
  return `${year}-${mm}-${day}`;
}

function parseSpecificDates(text: string, where: { file: string; row: number; column: string }): Record<string, PartyDates> {
  const out: Record<string, PartyDates> = {};
  for (const match of text.matchAll(PARTY_DATES)) {
    out[match[1].trim()] = { entry: isoDate(match[2], where), exit: isoDate(match[3], where) };
  }
  if (text.trim() !== '' && Object.keys(out).length === 0)
    throw new DataError({ ...where, expected: 'entries like "Norway(01-Nov-2012 - )"', got: showValue(text) });
  return out;
}
