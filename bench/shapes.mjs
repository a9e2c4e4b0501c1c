// `npm run bench:shapes`: every degenerate shape of the scale suite (test/reliability/scale.test.ts), and
// 1 MB of real articles, at 1 MB through `copydesk check --format json`, as an editor's pipeline runs it:
// wall time from spawn to exit (startup, reading, analysis, JSON), median of the runs, and the CLI's own
// CPU time (its threads, the collector's included). The target: any 1 MB within 2 s.
//
//   tsx bench/shapes.mjs [--runs N] [--only <part of a shape's name>]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 2000;
const MB = 1_000_000;
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(option('--runs', '3'));
const only = option('--only', '');

// The suite's file declares its mocha suite when imported: a no-op `describe` lets it be read for SHAPES.
globalThis.describe ??= () => {};
const { SHAPES } = await import('../test/reliability/scale.test.ts');
const { realArticles } = await import('../test/reliability/inputs.ts');

const articles = realArticles(120).map((article) => article.text).join('\n\n') + '\n\n';
const inputs = { '1 MB of real articles': () => articles.repeat(Math.ceil(MB / articles.length)).slice(0, MB) };
for (const [name, make] of Object.entries(SHAPES)) inputs[name] = () => make(MB);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'copydesk-shapes-'));
const rows = [];
console.log(`${cpus()[0].model}, ${cpus().length} cores, node ${process.version}, load ${loadavg()[0].toFixed(2)}; ${runs} runs each`);
try {
  for (const [name, make] of Object.entries(inputs)) {
    if (only && !name.includes(only)) continue;
    const file = join(dir, 'input.txt');
    writeFileSync(file, make());
    const walls = [];
    const cpu = [];
    let refused = false;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, ['-r', join(root, 'test/reliability/cpu-at-exit.js'), join(root, 'dist/cli.js'),
        'check', '--format', 'json', '--fail-on', 'never', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      walls.push(performance.now() - started);
      cpu.push(Number(/cpu-ms (\d+)/.exec(result.stderr)?.[1]));
      // Binary input is refused with a message (exit 2), not analysed: its time is not an analysis's.
      refused = result.status === 2;
      if (result.status !== 0 && !refused) throw new Error(`${name}: exit ${result.status}\n${result.stderr}`);
    }
    const row = { name, wall: median(walls), cpu: median(cpu), refused };
    rows.push(row);
    const flag = refused ? 'refused' : row.wall > TARGET_MS ? 'OVER' : '';
    console.log(`${row.wall.toFixed(0).padStart(6)} ms wall ${String(row.cpu).padStart(6)} ms CPU  ${flag.padEnd(7)} ${name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const analysed = rows.filter((row) => !row.refused);
const over = analysed.filter((row) => row.wall > TARGET_MS);
if (analysed.length > 0) {
  const slowest = analysed.reduce((a, b) => (b.wall > a.wall ? b : a));
  console.log(`\n${analysed.length} inputs analysed, ${over.length} over ${TARGET_MS} ms of wall time; slowest: ${slowest.name}, ${slowest.wall.toFixed(0)} ms`);
}
