// harper.js in its own process, for the benchmark: node bench/harper-child.mjs <job.json>
// The job lists texts to lint: `first` (the fresh-process case: written as soon as it is linted),
// `warmup`, `runs` (timed), and `edits` (pairs: lint a, then time the lint of b, one character apart).
// Prints one JSON line: times in ms and the process's peak RSS.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const linter = new LocalLinter({ binary });
const options = { language: 'plaintext' };
const out = { runs: [], edits: [], lints: [] };

if (job.first) {
  const lints = await linter.lint(job.first, options);
  out.firstAt = performance.now();
  out.lints.push(lints.length);
  process.stdout.write(`first ${out.firstAt}\n`);
}
await linter.setup();
for (const text of job.warmup ?? []) await linter.lint(text, options);
for (const text of job.runs ?? []) {
  const t = performance.now();
  const lints = await linter.lint(text, options);
  out.runs.push(performance.now() - t);
  out.lints.push(lints.length);
}
for (const [before, after] of job.edits ?? []) {
  await linter.lint(before, options);
  const t = performance.now();
  await linter.lint(after, options);
  out.edits.push(performance.now() - t);
}
out.peakRss = peak();
process.stdout.write(`${JSON.stringify(out)}\n`);

function peak() {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}
