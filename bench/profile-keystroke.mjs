// Keystrokes on one article through the incremental memo, for profiling:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-keystroke.mjs [words=10000] [keystrokes=200]
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { buildArticle, loadSources } from './corpus.mjs';

const outfile = join(tmpdir(), `copydesk-kprofile-${process.pid}.cjs`);
await esbuild.build({
  stdin: { contents: "export * from './server/src/core/analyse'; export { IncrementalState } from './server/src/core/incremental';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  outfile, bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning', sourcemap: 'inline',
});
const core = createRequire(import.meta.url)(outfile);
const words = Number(process.argv[2] ?? 10000);
const count = Number(process.argv[3] ?? 200);
let text = buildArticle(loadSources(), words, 77);
const state = new core.IncrementalState();
core.analyse(text, { format: 'plaintext' }, state);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const times = [];
const stages = {};
for (let k = 0; k < count; k++) {
  let at = Math.floor(text.length * (0.1 + 0.8 * rand()));
  while (at < text.length && text[at] !== ' ') at++;
  at++;
  text = text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)] + text.slice(at);
  const t = performance.now();
  const a = core.analyse(text, { format: 'plaintext' }, state);
  times.push(performance.now() - t);
  if (k >= 20) for (const [s, ms] of Object.entries(a.timings)) (stages[s] ??= []).push(ms);
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${words} words, ${count} keystrokes: median ${med(times.slice(20)).toFixed(2)} ms`);
for (const [s, xs] of Object.entries(stages)) if (med(xs) > 0.2) console.log(`  ${s}: ${med(xs).toFixed(2)}`);
