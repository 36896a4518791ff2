import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { provinceInequality } from './province-inequality';
import { provincePanel } from './province-panel';
import { entityGroups } from '$lib/edition/entity-groups';
import { regionShares } from './region-shares';

const edition = getEdition(2026);
const { provinces } = getEdition(2026).entities;
const trade = provincePanel(edition, provinces, 'province-trade-by-location');
const gdp = provincePanel(edition, provinces, 'province-gdp', 2016);

describe('provinceInequality', () => {
  // Hand-checked in Python over the 31 provinces: Gini = 2Σi·x(i)/(nΣx) − (n+1)/n, Theil T = mean((x/μ)·ln(x/μ)).
  it('gives foreign trade a Gini of 0.691497 (2016) and 0.648041 (2024), Theil 0.908061 and 0.777961 (±1e-6)', () => {
    const m = provinceInequality({ trade, gdp });
    const [first, last] = [m.years.indexOf(2016), m.years.indexOf(2024)];
    expect(m.gini.trade[first]).toBeCloseTo(0.691497, 6);
    expect(m.gini.trade[last]).toBeCloseTo(0.648041, 6);
    expect(m.theil.trade[first]).toBeCloseTo(0.908061, 6);
    expect(m.theil.trade[last]).toBeCloseTo(0.777961, 6);
  });

  it('gives GDP a Gini of 0.413652 and Theil of 0.287149 in 2022, and null after the GDP series ends (±1e-6)', () => {
    const m = provinceInequality({ trade, gdp });
    expect(m.gini.gdp[m.years.indexOf(2022)]).toBeCloseTo(0.413652, 6);
    expect(m.theil.gdp[m.years.indexOf(2022)]).toBeCloseTo(0.287149, 6);
    expect(m.gini.gdp[m.years.indexOf(2024)]).toBeNull();
  });
});

describe('regionShares', () => {
  it('puts 36.5 % of 2024 foreign trade in the Yangtze River Delta and 17.4 % in the central and western provinces (±1e-3)', () => {
    const m = regionShares(entityGroups(edition).provinceGroups, { trade: { panel: trade, year: 2024 } });
    expect(m.shares.yrd.trade).toBeCloseTo(0.365, 3);
    expect(m.shares['central-west'].trade).toBeCloseTo(0.174, 3);
    expect(m.shares.gd.trade).toBeCloseTo(0.207594, 6);
  });
});
