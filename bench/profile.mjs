// The core alone on fresh articles of one size, for profiling:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs [words=100000] [runs=10]
// Prints the median and the fastest run; the profile covers the warm-up too.

import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { buildArticle, loadSources } from './corpus.mjs';

const outfile = join(tmpdir(), `copydesk-profile-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [new URL('../server/src/core/analyse.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node',
  target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning', sourcemap: 'inline',
});
const core = createRequire(import.meta.url)(outfile);
const sources = loadSources();
const words = Number(process.argv[2] ?? 100000);
const runs = Number(process.argv[3] ?? 10);
const texts = Array.from({ length: runs + 3 }, (_, i) => buildArticle(sources, words, 500 + i));
for (const text of texts.slice(runs)) core.analyse(text, { format: 'plaintext' });
const times = [];
for (const text of texts.slice(0, runs)) {
  const t = performance.now();
  core.analyse(text, { format: 'plaintext' });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`${words} words: median ${times[times.length >> 1].toFixed(2)} ms, fastest ${times[0].toFixed(2)} ms`);
