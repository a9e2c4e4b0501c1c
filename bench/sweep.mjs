// Hunts for superlinear shapes of text: pairs of short units, laid out as A…A B…B ("blocks") and as
// ABAB… ("mixed"), each analysed at 25 KB and at 100 KB. Four times the text should cost about four
// times the time; a shape that costs over nine times as much (and over 150 ms) is measured again at
// 100 KB and 400 KB and printed. Exploratory, not a test (minutes, and timing): what it finds becomes a
// shape in test/reliability/scale.test.ts and a fix in the engine. (Confirmed: 400 KB over 400 ms and ten times 100 KB;
// a quadratic shape costs sixteen.)
//   node bench/sweep.mjs [--pairs N] [--seed S] [--format plaintext|markdown|news]

import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const { values } = parseArgs({ options: { pairs: { type: 'string', default: '400' }, seed: { type: 'string', default: '7' }, format: { type: 'string', default: 'plaintext' } } });
const outfile = join(tmpdir(), `copydesk-sweep-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [new URL('../server/src/core/analyse.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node',
  target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);

/** What news copy is made of, and what breaks scanners: marks, names, titles, cues, dates, figures, markup. */
const UNITS = ['“a ', 'b” ', '‘a ', 'b’ ', '"a ', 'b" ', "'a ", "b' ", '” ', '“ ', '“', '”', '‘', '’', '’s ', "'s ",
  'Mr. Smith said ', 'Smith ', 'John Smith, a lawyer, ', 'he said. ', 'said Jones ', 'says ', 'told reporters ',
  'According to officials, ', 'who asked not to be named ', 'Dr. ', 'Prof. Ann Lee ', 'Ms. Ann ', 'Lee ', 'Mr. ',
  'A. ', 'U.S. ', 'the U.N. ', 'St. ', 'Inc. ', 'NATO ', '(NATO) ', 'ABC XYZ ', '12 ', 'two ', 'second ', 'a dozen ',
  'million ', '3.5% ', '$5 ', '5% ', 'percent ', 'per cent ', '10 to 12 ', 'about 5 ', 'On Jan. 5 ', 'Jan. ', '2024 ',
  'in 2019 ', 'Monday ', 'Sunday, March 3 ', 'since 2020 ', 'last week ', 'ago ', 'yesterday ', 'first ', 'the ',
  '. ', ', ', ': ', '— ', '( ', ') ', '\n', '\n\n', '    ', '\t', '# ', '> ', '- ', '* ', '**a** ', '`x` ', '[a](b) ',
  '| ', '<!-- a --> '];

let seed = Number(values.seed);
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const options = { format: values.format };
const time = (text) => {
  const start = performance.now();
  core.analyse(text, options);
  return performance.now() - start;
};
const shape = (a, b, layout, size) => {
  const n = Math.ceil(size / (a.length + b.length));
  return layout === 'blocks' ? a.repeat(n) + b.repeat(n) : (a + b).repeat(n);
};

time('Warm up. He said “yes.”');
let found = 0;
for (let k = 0; k < Number(values.pairs); k++) {
  const a = UNITS[Math.floor(random() * UNITS.length)];
  const b = UNITS[Math.floor(random() * UNITS.length)];
  if (a === b) continue;
  for (const layout of ['blocks', 'mixed']) {
    const small = Math.min(time(shape(a, b, layout, 25_000)), time(shape(a, b, layout, 25_000)));
    const large = time(shape(a, b, layout, 100_000));
    if (large < 150 || large / small < 9) continue;
    // A busy machine or the collector can make one run slow: confirm at sizes where a quadratic shows.
    const at100 = Math.min(time(shape(a, b, layout, 100_000)), time(shape(a, b, layout, 100_000)));
    const at400 = time(shape(a, b, layout, 400_000));
    if (at400 < 400 || at400 / at100 < 10) continue;
    found++;
    console.log(`${JSON.stringify(a)} ${JSON.stringify(b)} ${layout}: 100 KB ${at100.toFixed(0)} ms, 400 KB ${at400.toFixed(0)} ms (×${(at400 / at100).toFixed(1)})`);
  }
}
console.log(`${values.pairs} pairs of units, ${values.format}: ${found} superlinear shapes`);
