import { describe, expect, it } from 'vitest';
import type { ClaimsLedger } from '@dtr/data';
import { ledgerTextSource } from './ledger-text-source';

const ledger = {
  texts: [{ text: '001_16269ce5feefef16', author: 'Yu Ya', title: 'Research on digital trade', claims: 64 }]
} as unknown as ClaimsLedger;

describe('ledgerTextSource', () => {
  it('finds a text by its number or its whole name, as a quoted-text source line', () => {
    const line = ledgerTextSource({ ledger, text: '001', locale: 'en' });
    expect(line).toMatchObject({ label: 'Yu Ya, Research on digital trade', short: 'Yu Ya', url: '' });
    expect(line.licence).toMatch(/quoted/i);
    expect(ledgerTextSource({ ledger, text: '001_16269ce5feefef16', locale: 'zh' })).toMatchObject({ lang: 'en' });
  });
  it('throws naming the text the ledger lacks', () => {
    expect(() => ledgerTextSource({ ledger, text: '009', locale: 'en' })).toThrow('Claims ledger has no text 009');
  });
});
