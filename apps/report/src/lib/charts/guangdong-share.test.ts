import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { guangdongShare } from './guangdong-share';
import { provincePanel } from './province-panel';

const edition = getEdition(2026);
const { provinces } = getEdition(2026).entities;

describe('guangdongShare', () => {
  // Hand-checked from series/province-trade-by-location.json (thousand US$): GD / sum of the 31 provinces.
  it('gives Guangdong 25.92 % of 31-province foreign trade in 2016 and 20.76 % in 2024, rank 1 both years (±1e-6)', () => {
    const m = guangdongShare(provincePanel(edition, provinces, 'province-trade-by-location'));
    expect(m.years[0]).toBe(2016);
    expect(m.years[m.years.length - 1]).toBe(2024);
    expect(m.shares['CN-GD'][0]).toBeCloseTo(0.2592, 6);
    expect(m.shares['CN-GD'][m.years.length - 1]).toBeCloseTo(0.207594, 6);
    expect([m.rankGd[0], m.rankGd[m.years.length - 1]]).toEqual([1, 1]);
  });

  it('lists the five largest traders of the last year, largest first (GD, JS, ZJ…)', () => {
    const m = guangdongShare(provincePanel(edition, provinces, 'province-trade-by-location'));
    expect(m.codes.slice(0, 3)).toEqual(['CN-GD', 'CN-JS', 'CN-ZJ']);
    expect(m.codes).toHaveLength(5);
  });

  it('gives Guangdong 24.33 % of express volume in 2024 and 10.73 % of GDP in 2022 (±1e-6)', () => {
    const express = guangdongShare(provincePanel(edition, provinces, 'province-express'));
    expect(express.shares['CN-GD'][express.years.indexOf(2024)]).toBeCloseTo(0.24325, 6);
    const gdp = guangdongShare(provincePanel(edition, provinces, 'province-gdp', 2016));
    expect(gdp.shares['CN-GD'][gdp.years.indexOf(2022)]).toBeCloseTo(0.107289, 6);
  });
});
