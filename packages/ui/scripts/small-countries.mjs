// Writes src/charts/smallCountries.json: centroids of the countries that world-atlas draws at 1:50m but not at 1:110m
// (small islands and city states such as Singapore, Malta, Bahrain), so WorldMap can mark them as dots.
// Run: node scripts/small-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const load = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
const small = load('countries-110m.json');
const large = load('countries-50m.json');
const drawn = new Set(small.objects.countries.geometries.map((g) => g.id));
const rows = feature(large, large.objects.countries)
  .features.filter((f) => f.id && !drawn.has(f.id))
  .map((f) => {
    const [lon, lat] = geoCentroid(f);
    return { id: f.id, name: f.properties.name, lon: Math.round(lon * 100) / 100, lat: Math.round(lat * 100) / 100 };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(new URL('../src/charts/smallCountries.json', import.meta.url), JSON.stringify(rows, null, 2) + '\n');
console.log(`${rows.length} countries`);
