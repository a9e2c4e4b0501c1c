// Degenerate and huge documents: analysis time stays linear (CPU time, so a busy machine does not
// fail it), a megabyte is analysed and printed within 2 s, 5 MB completes, and findings stay bounded.

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyse, FINDINGS_PER_DOCUMENT } from '../../server/src/core/analyse';
import type { Format } from '../../server/src/core/text';
import { ROOT, count, realArticles } from './inputs';

/** CPU milliseconds of `work` in this process (user + system). */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Shapes of text that break naive code: one per line of the table in README "## Reliability". */
export const SHAPES: Record<string, (length: number) => string> = {
  'prose, one paragraph': (n) => fill('The company said on Monday that 1,200 jobs would go by 2025. ', n),
  'prose, short paragraphs': (n) => fill('The company said on Monday that 1,200 jobs would go.\n\n', n),
  'quoted lines': (n) => fill('He said "yes."\n', n),
  'one long line of quotes': (n) => fill('He vowed to fight until ” the goals are achieved.” ', n),
  'straight double marks': (n) => fill('"', n),
  'curly marks and words': (n) => fill('“a ', n),
  'nested quotes': (n) => fill('“‘“‘ ', n),
  'deeply nested quotes': (n) => fill('“a ‘b “c ‘d ', n / 2) + fill('’ ” ’ ”', n / 2),
  'single quotes left open, then double closers': (n) => fill('‘a ', n / 2) + fill('b” ', n / 2),
  'one sentence of titles, then of verbs': (n) => fill('Dr. ', n / 2) + fill('said Jones ', n / 2),
  'one sentence of closing marks': (n) => fill('b” ” ', n),
  'one sentence of clauses and verbs': (n) => fill('who asked not to be named , ', n),
  'a name, then a run of initials': (n) => fill('Prof. Ann Lee ', n / 2) + fill('A. ', n / 2),
  'capitalised weekdays, then capitals': (n) => fill('Monday ', n / 2) + fill('NATO ', n / 2),
  'dots': (n) => fill('.', n),
  'initials': (n) => fill('A. ', n),
  'Mr. Smith said': (n) => fill('Mr. Smith said ', n),
  'dates': (n) => fill('On Jan. 5, 2024 ', n),
  'figures': (n) => fill('12 million, 3.5% and 1,234 ', n),
  'capitals, no space': (n) => fill('ZA', n),
  'blanks': (n) => fill(' \t', n),
  'line breaks': (n) => fill('\r\n', n),
  'emoji and RTL': (n) => fill('😀 שלום محمد ', n),
  'block quotes': (n) => fill('> ', n),
  'hashes': (n) => fill('#', n),
  'digits': (n) => fill('1', n),
  // Latin-1 noise from a fixed generator: a binary file opened as text.
  'random bytes': (n) => {
    let state = 12345;
    return Array.from({ length: n }, () => String.fromCharCode((state = (state * 1103515245 + 12345) >>> 0) >>> 24)).join('');
  },
};

/**
 * Superlinear on a shape, found by this suite and reported to the engine's owner (routed by the lead):
 * printed, not failed, unless RELIABILITY_STRICT=1. Once fixed, an entry is simply no longer printed.
 */
const REPORTED: Record<string, string> = {
  // Found and fixed during the session: capitals without spaces (people/organisations.ts), 'Mr. Smith said'
  // (quotes/attribution.ts), a paragraph of dates, a paragraph of figures. None known now.
};

/** Shapes whose Markdown reading differs: also analysed as Markdown. */
const MARKDOWN_SHAPES = new Set(['prose, short paragraphs', 'quoted lines', 'block quotes', 'hashes', 'blanks', 'deeply nested quotes']);

/**
 * The target is 1 MB in 2 s (200 ms per 100 KB); the core is not there yet on every shape (see
 * README "## Reliability"), so the target is printed and only RELIABILITY_STRICT=1 fails on it. The
 * ceilings fail always: they catch a shape that went quadratic or a regression of several times.
 */
const TARGET_MS_PER_MB = 2000;
const CEILING_PER_100KB = 1500;
const CEILING_MS_PER_MB = 8000;
let worstPer100KB = 0;

describe('reliability: scale', function () {
  this.timeout(120000);

  it('each degenerate shape: 4× the text costs at most 12× the CPU time (a quadratic shape costs 16×)', () => {
    const failures: string[] = [];
    const reported: string[] = [];
    analyse('Warm up. He said “yes.”');
    for (const [name, make] of Object.entries(SHAPES)) {
      const formats: Format[] = MARKDOWN_SHAPES.has(name) ? ['plaintext', 'markdown'] : ['plaintext'];
      for (const format of formats) {
        // A reported shape is known to be quadratic: smaller sizes show it, or show it fixed, in seconds.
        const size = REPORTED[name] ? 5_000 : 20_000;
        const small = make(size);
        const large = make(size * 4);
        const a = Math.min(cpuMs(() => analyse(small, { format })), cpuMs(() => analyse(small, { format })));
        const b = cpuMs(() => analyse(large, { format }));
        count('degenerate documents analysed', 3);
        const per100KB = (b * 100_000) / large.length;
        if (!REPORTED[name]) worstPer100KB = Math.max(worstPer100KB, per100KB);
        // Below 300 ms, fixed costs, the collector and a busy machine decide the ratio, not the algorithm.
        if ((b / a <= 12 || b < 300) && per100KB <= CEILING_PER_100KB) continue;
        const line = `${name} (${format}): ${a.toFixed(0)} ms at ${size / 1000} KB, ${b.toFixed(0)} ms at ${(4 * size) / 1000} KB (×${(b / a).toFixed(1)}; ${per100KB.toFixed(0)} ms per 100 KB)`;
        if (REPORTED[name] && !process.env.RELIABILITY_STRICT) reported.push(`${line} — reported: ${REPORTED[name]}`);
        else failures.push(line);
      }
    }
    count('worst CPU ms per 100 KB of a linear shape', Math.round(worstPer100KB));
    if (reported.length > 0) console.warn(`\n      known superlinear shapes, reported:\n      ${reported.join('\n      ')}`);
    assert.deepEqual(failures, []);
  });

  it('1 MB of real articles, and a 1 MB line of quotes: analysed and printed by the CLI (target 2 s of CPU)', () => {
    const articles = realArticles(120).map((article) => article.text).join('\n\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-scale-'));
    try {
      const inputs = {
        'articles.txt': fill(articles + '\n\n', 1_000_000),
        'quotes.txt': SHAPES['one long line of quotes'](1_000_000),
      };
      for (const [name, text] of Object.entries(inputs)) {
        fs.writeFileSync(path.join(dir, name), text);
        // The CLI's own CPU time, measured inside it: startup, reading, analysis and JSON output.
        const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'cpu-at-exit.js'), path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--fail-on', 'never', name], {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        assert.equal(result.status, 0, result.stderr);
        const cpu = Number(/cpu-ms (\d+)/.exec(result.stderr)?.[1]);
        const output = JSON.parse(result.stdout) as unknown;
        assert.ok(output && typeof output === 'object');
        count('1 MB documents through the CLI');
        count(`CLI CPU ms for 1 MB (${name})`, cpu);
        if (cpu > TARGET_MS_PER_MB) {
          const line = `${name}: ${cpu} ms of CPU for 1 MB (target ${TARGET_MS_PER_MB} ms)`;
          if (process.env.RELIABILITY_STRICT) assert.fail(line);
          console.warn(`\n      over target: ${line}`);
        }
        assert.ok(cpu < CEILING_MS_PER_MB, `${name}: ${cpu} ms of CPU for 1 MB`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a 5 MB document completes, and its findings are capped per document with a finding that says so', () => {
    // Mostly blank lines (cheap to read, so the suite stays fast), and problems enough to pass every cap.
    const problems = SHAPES['one long line of quotes'](200_000) + '\n' + fill('She said ” no.” “Yes, ” he said "maybe". ', 200_000);
    const text = problems + fill(' \n', 5 * 1024 * 1024 - problems.length);
    let findings = 0;
    const ms = cpuMs(() => {
      const analysis = analyse(text);
      findings = analysis.findings.length;
      assert.ok(findings <= FINDINGS_PER_DOCUMENT + 1, `${findings} findings`);
      assert.match(analysis.findings[analysis.findings.length - 1].message, /not listed/);
    });
    count('5 MB documents analysed');
    count('5 MB analysis CPU ms', Math.round(ms));
    assert.ok(ms < 15000, `${ms.toFixed(0)} ms of CPU for 5 MB`);
  });
});
