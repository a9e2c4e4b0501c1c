// `npm run bench`: Copydesk's analysis beside harper.js, on articles of ~1,000, ~10,000 and ~100,000
// words of real copy, in one run. Writes bench/results.json and prints the table the README shows.
//
//   node bench/run.mjs [--quick] [--no-harper] [--no-vsix] [--no-build]
//
// --quick: fewer runs, and harper.js skips the 100,000-word article (it takes ~25 s there).

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildArticle, countWords, loadSources, random } from './corpus.mjs';
import { LspClient } from './lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const withHarper = !args.has('--no-harper');
const SIZES = [1000, 10000, 100000];
const RUNS = quick ? { 1000: 15, 10000: 7, 100000: 3 } : { 1000: 41, 10000: 15, 100000: 7 };
const WARM_UP_MS = quick ? 1000 : 3000;
const HARPER_RUNS = { 1000: quick ? 3 : 7, 10000: quick ? 2 : 3, 100000: quick ? 0 : 1 };
const KEYSTROKES = quick ? 40 : 200;
// Keystrokes warm up as the analyses do: at least this many, and at least WARM_UP_MS of typing.
const WARM_UP_KEYSTROKES = quick ? 20 : 60;
const HOVERS = quick ? 200 : 1000;
const HARPER_LIMIT_MS = 15 * 60 * 1000;

const BUDGETS = {
  ms1k: 5, ratio1k: 10, ms100k: 400, perWordGrowth: 1.5, keystroke10k: 5, hoverP99: 1, firstDiagnostics: 400,
  rss100k: 150 * 1024 * 1024, vsix: 2 * 1024 * 1024,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------
// Build: the bundles (dist/) and the core alone, bundled for this process.

if (!args.has('--no-build')) {
  log('building dist/ …');
  const built = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
}
const coreFile = join(mkdtempSync(join(tmpdir(), 'copydesk-bench-')), 'core.cjs');
await esbuild.build({
  stdin: {
    contents: "export * from './server/src/core/analyse'; export { IncrementalState } from './server/src/core/incremental';" +
      "export { AnalysisCache } from './server/src/lsp/analysisCache'; export { hoverAt } from './server/src/lsp/hover';",
    resolveDir: root, loader: 'ts',
  },
  outfile: coreFile, bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning',
  external: ['vscode'],
});
const core = createRequire(import.meta.url)(coreFile);
const serverPath = join(root, 'dist', 'server.js');

const sources = loadSources();
log(`copy: ${sources.description}`);
// Every measurement reads its own variants: the text of one run is never the text of another.
let nextVariant = 1;
const fresh = (words) => buildArticle(sources, words, nextVariant++);

// ---------------------------------------------------------------------------------------------
// Copydesk's core, in this process: median of fresh texts after warm-up.

/** Median per stage (analysis.timings) over several analyses. */
function stageMedians(list) {
  const all = {};
  for (const timings of list) for (const [stage, ms] of Object.entries(timings ?? {})) (all[stage] ??= []).push(ms);
  return Object.fromEntries(Object.entries(all).map(([stage, values]) => [stage, median(values)]));
}

function timeCore(words) {
  // Warm-up on other texts of the size until the JIT has settled (a server is warm after a minute of
  // typing): at least 20 (small) or 5 (large) analyses, and at least 3 s.
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < (words < 5000 ? 20 : 5) || performance.now() < warmUntil; i++) core.analyse(fresh(words), { format: 'plaintext' });
  const texts = Array.from({ length: RUNS[words] }, () => fresh(words));
  const times = [];
  const cpu = [];
  const stages = [];
  let findings = 0;
  for (const text of texts) {
    const c = process.cpuUsage();
    const t = performance.now();
    const analysis = core.analyse(text, { format: 'plaintext' });
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    stages.push(analysis.timings);
    findings += analysis.findings.length;
  }
  const wordCount = median(texts.map(countWords));
  return { texts, words: wordCount, ms: median(times), cpuMs: median(cpu), min: Math.min(...times), findings: Math.round(findings / texts.length), stages: stageMedians(stages) };
}

/** One character typed mid-paragraph, analysed with the document's incremental memo, in this process. */
function timeKeystrokeCore(words, count) {
  let text = fresh(words);
  const state = new core.IncrementalState();
  core.analyse(text, { format: 'plaintext' }, state);
  const rand = random(99);
  const times = [];
  const stages = [];
  let recomputed = 0;
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let k = 0; times.length < count; k++) {
    let at = Math.floor(text.length * (0.1 + 0.8 * rand()));
    while (at < text.length && text[at] !== ' ') at++;
    text = `${text.slice(0, at + 1)}${'abcdefghij'[k % 10]}${text.slice(at + 1)}`;
    const t = performance.now();
    const analysis = core.analyse(text, { format: 'plaintext' }, state);
    const ms = performance.now() - t;
    if (k < WARM_UP_KEYSTROKES || t < warmUntil) continue; // warm-up
    times.push(ms);
    stages.push(analysis.timings);
    recomputed += state.misses;
  }
  return { ms: median(times), stages: stageMedians(stages), recomputedPerKeystroke: recomputed / count };
}

// ---------------------------------------------------------------------------------------------
// harper.js, in a child process per size.

async function runHarper(job) {
  const file = join(dirname(coreFile), `harper-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(job));
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [join(root, 'bench/harper-child.mjs'), file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let firstMs = null;
  child.stdout.on('data', (chunk) => {
    out += chunk.toString('utf8');
    if (firstMs === null && out.startsWith('first ')) firstMs = performance.now() - spawnedAt;
  });
  // On a loaded machine harper.js can take many minutes on the largest article: past the limit, it is
  // stopped and reported as "more than" the limit.
  const timer = setTimeout(() => child.kill(), HARPER_LIMIT_MS);
  await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  rmSync(file, { force: true });
  const last = out.trim().split('\n').pop();
  try {
    return { ...JSON.parse(last), firstMs };
  } catch {
    return { runs: [], edits: [], lints: [], peakRss: null, firstMs, stoppedAfterMs: HARPER_LIMIT_MS };
  }
}

// ---------------------------------------------------------------------------------------------
// The language server: fresh process → first diagnostics, keystrokes, hovers, peak RSS.

const URI = 'file:///bench/article.txt';

async function openFresh(text) {
  const client = new LspClient(serverPath);
  await client.initialize();
  const published = client.next('textDocument/publishDiagnostics', (p) => p.uri === URI);
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
  const { params, at } = await published;
  return { client, firstMs: at - client.spawnedAt, diagnostics: params.diagnostics.length };
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** One character typed inside a word in the middle of a random paragraph; the server's time to diagnostics. */
async function keystrokes(client, text, count, seed, startVersion = 1) {
  const rand = random(seed);
  const server = [];
  const roundTrip = [];
  let version = startVersion;
  let current = text;
  for (let k = 0; k < count; k++) {
    // A letter in the middle of a paragraph of prose: find a space near a random offset, type after it.
    let at = Math.floor(current.length * (0.1 + 0.8 * rand()));
    while (at < current.length && current[at] !== ' ') at++;
    at++;
    const position = positionAt(current, at);
    const char = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)];
    current = current.slice(0, at) + char + current.slice(at);
    version++;
    const v = version;
    const published = client.next('textDocument/publishDiagnostics', (p) => p.uri === URI && p.version === v);
    const sentAt = performance.now();
    const probeFrom = client.probe.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: v },
      contentChanges: [{ range: { start: position, end: position }, text: char }],
    });
    const { at: receivedAt } = await published;
    roundTrip.push(receivedAt - sentAt);
    await client.probed('textDocument/publishDiagnostics', probeFrom);
    const st = client.serverTime('textDocument/publishDiagnostics');
    if (st) server.push(st.ms);
  }
  return { text: current, version, server, roundTrip };
}

/** The hover handler alone (the cached analysis, the card, the markdown), in this process: no JSON-RPC, no pipe. */
function hoversInProcess(text, count, seed) {
  const cache = new core.AnalysisCache();
  const document = { uri: URI, version: 1, getText: () => text };
  cache.get(document, { format: 'plaintext' });
  const rand = random(seed);
  const times = [];
  for (let k = 0; k < count + 100; k++) {
    const position = positionAt(text, Math.floor(rand() * text.length));
    const t = performance.now();
    core.hoverAt(cache.get(document, { format: 'plaintext' }), position, '/docs');
    if (k >= 100) times.push(performance.now() - t);
  }
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

async function hovers(client, text, count, seed, version) {
  const rand = random(seed);
  // Half on quotation marks and capitalised words (where cards and findings are), half anywhere.
  const interesting = [];
  for (const m of text.matchAll(/["“”]|\b[A-Z][a-z]+/g)) interesting.push(m.index);
  const server = [];
  const roundTrip = [];
  for (let k = 0; k < count + 20; k++) {
    const offset = rand() < 0.5 ? interesting[Math.floor(rand() * interesting.length)] : Math.floor(rand() * text.length);
    const answer = await client.request('textDocument/hover', { textDocument: { uri: URI, version }, position: positionAt(text, offset) });
    if (k < 20) continue; // warm-up (the first hover builds the source index)
    roundTrip.push(answer.ms);
    await client.probed(`id:${answer.id}`);
    const st = client.serverTime(`id:${answer.id}`);
    if (st) server.push(st.ms);
  }
  return { server, roundTrip };
}

// ---------------------------------------------------------------------------------------------
// The .vsix: packaged from a copy of the project (the production build must not touch dist/ here),
// with no network (unshare -n) when the system allows it.

function packageVsix() {
  const work = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'));
  const copy = join(work, 'copydesk');
  cpSync(root, copy, {
    recursive: true,
    filter: (src) => !/[/\\](?:node_modules|\.git|dist|out|\.vscode-test)(?:[/\\]|$)/.test(src.slice(root.length)),
  });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const vsix = join(work, 'copydesk.vsix');
  const npm = ['npm', 'run', 'package', '--silent', '--', '--out', vsix];
  const offline = spawnSync('unshare', ['-n', 'true']).status === 0;
  const command = offline ? ['unshare', ['-n', ...npm]] : [npm[0], npm.slice(1)];
  const result = spawnSync(command[0], command[1], { cwd: copy, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  const ok = result.status === 0 && existsSync(vsix);
  const bytes = ok ? statSync(vsix).size : null;
  const tail = ok ? '' : `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
  rmSync(work, { recursive: true, force: true });
  return { ok, bytes, offline, error: tail || undefined };
}

// ---------------------------------------------------------------------------------------------

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` },
  // The 1-minute load average before and after the run: on a shared machine, the first thing to read.
  load: { before: loadavg()[0], after: null },
  copy: sources.description,
  sizes: [],
  lsp: {},
  vsix: null,
  budgets: BUDGETS,
};

for (const words of SIZES) {
  log(`${words} words: core …`);
  const timed = timeCore(words);
  const entry = {
    words: timed.words,
    copydesk: {
      ms: timed.ms, cpuMs: timed.cpuMs, minMs: timed.min, wordsPerSecond: timed.words / (timed.ms / 1000), findings: timed.findings,
      runs: timed.texts.length, stages: timed.stages,
    },
    harper: null,
  };
  log(`${words} words: server …`);
  const opened = await openFresh(fresh(words));
  entry.copydesk.firstDiagnosticsMs = opened.firstMs;
  entry.copydesk.peakRss = opened.client.peakRss();
  await opened.client.close();
  if (withHarper && HARPER_RUNS[words] > 0) {
    log(`${words} words: harper.js …`);
    const runs = timed.texts.slice(0, HARPER_RUNS[words]);
    const harper = await runHarper({ first: words === 1000 ? fresh(words) : undefined, warmup: [fresh(1000)], runs });
    entry.harper = {
      ...(harper.stoppedAfterMs ? { stoppedAfterMs: harper.stoppedAfterMs } : {}),
      ms: median(harper.runs), wordsPerSecond: timed.words / (median(harper.runs) / 1000), peakRss: harper.peakRss,
      firstDiagnosticsMs: harper.firstMs, runs: harper.runs.length, lints: Math.round(median(harper.lints)),
    };
    entry.ratio = entry.harper.ms / entry.copydesk.ms;
  }
  results.sizes.push(entry);
}

// Keystrokes and hovers on the 10,000-word article, in one server.
{
  log('10,000 words: keystrokes and hovers over LSP …');
  const text = fresh(10000);
  const opened = await openFresh(text);
  // The server warms up as an editor's does, on the first keystrokes (WARM_UP_KEYSTROKES, and more until
  // WARM_UP_MS has passed): those are not measured.
  const warmUntil = performance.now() + WARM_UP_MS;
  let warm = await keystrokes(opened.client, text, WARM_UP_KEYSTROKES, 41);
  for (let seed = 43; performance.now() < warmUntil; seed++) warm = await keystrokes(opened.client, warm.text, 10, seed, warm.version);
  const typed = await keystrokes(opened.client, warm.text, KEYSTROKES, 42, warm.version);
  const hovered = await hovers(opened.client, typed.text, HOVERS, 7, typed.version);
  await opened.client.close();
  const inProcess = timeKeystrokeCore(10000, KEYSTROKES);
  const hoverHandler = hoversInProcess(text, HOVERS, 11);
  results.lsp = {
    words: countWords(text),
    keystrokeCore: inProcess,
    hoverHandler,
    keystroke: { serverMedianMs: median(typed.server), serverP99Ms: percentile(typed.server, 99), roundTripMedianMs: median(typed.roundTrip), count: typed.server.length },
    hover: { serverP50Ms: percentile(hovered.server, 50), serverP99Ms: percentile(hovered.server, 99), roundTripP50Ms: percentile(hovered.roundTrip, 50), roundTripP99Ms: percentile(hovered.roundTrip, 99), count: hovered.server.length },
  };
  if (withHarper) {
    // harper.js's keystroke: lint the article, then the same article one character longer.
    const edits = [];
    for (let k = 0; k < (quick ? 2 : 5); k++) {
      const base = fresh(10000);
      const at = base.indexOf(' ', Math.floor(base.length / 2)) + 1;
      edits.push([base, `${base.slice(0, at)}x${base.slice(at)}`]);
    }
    const harper = await runHarper({ edits });
    results.lsp.harperKeystrokeMs = median(harper.edits);
  }
}

if (!args.has('--no-vsix')) {
  log('packaging the .vsix …');
  results.vsix = packageVsix();
}

// ---------------------------------------------------------------------------------------------
// Verdicts and the table.

const bySize = Object.fromEntries(results.sizes.map((s) => [s.words < 5000 ? '1k' : s.words < 50000 ? '10k' : '100k', s]));
const perWord = (s) => s.copydesk.ms / s.words;
const checks = [
  ['1k words, full analysis ≤ 5 ms', bySize['1k'].copydesk.ms <= BUDGETS.ms1k],
  ['1k words, ≥ 10× faster than harper.js', bySize['1k'].ratio === undefined ? null : bySize['1k'].ratio >= BUDGETS.ratio1k],
  ['100k words, full analysis ≤ 400 ms', bySize['100k'].copydesk.ms <= BUDGETS.ms100k],
  ['time per word at 100k ≤ 1.5× that at 1k', perWord(bySize['100k']) / perWord(bySize['1k']) <= BUDGETS.perWordGrowth],
  ['keystroke at 10k ≤ 5 ms server time (median)', results.lsp.keystroke.serverMedianMs <= BUDGETS.keystroke10k],
  ['hover p99 ≤ 1 ms server time', results.lsp.hover.serverP99Ms <= BUDGETS.hoverP99],
  ['fresh server → first diagnostics (1k) ≤ 400 ms', bySize['1k'].copydesk.firstDiagnosticsMs <= BUDGETS.firstDiagnostics],
  ['peak RSS of the server, 100k words ≤ 150 MB', bySize['100k'].copydesk.peakRss <= BUDGETS.rss100k],
  ['.vsix ≤ 2 MB', results.vsix ? results.vsix.ok && results.vsix.bytes <= BUDGETS.vsix : null],
];
results.load.after = loadavg()[0];
results.perWordGrowth = perWord(bySize['100k']) / perWord(bySize['1k']);
results.checks = checks.map(([budget, met]) => ({ budget, met }));
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x >= 100 ? `${Math.round(x).toLocaleString('en-US')} ms` : `${x.toFixed(x >= 10 ? 1 : 2)} ms`);
const mb = (x) => (x ? `${(x / 1024 / 1024).toFixed(0)} MB` : '—');
const wps = (x) => (!x ? '—' : x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : x >= 1000 ? `${Math.round(x / 1000).toLocaleString('en-US')} k` : `${Math.round(x)}`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : '—');
const rows = [['', 'Copydesk', 'harper.js 2.10', 'ratio']];
for (const [label, s] of Object.entries(bySize)) {
  rows.push([`${label} words (${s.words.toLocaleString('en-US')}): full analysis, median`, ms(s.copydesk.ms), ms(s.harper?.ms), ratio(s.harper?.ms, s.copydesk.ms)]);
  rows.push([`${label} words: CPU time of the analysis, median`, ms(s.copydesk.cpuMs), '', '']);
  rows.push([`${label} words: words per second`, wps(s.copydesk.wordsPerSecond), wps(s.harper?.wordsPerSecond), ratio(s.copydesk.wordsPerSecond, s.harper?.wordsPerSecond)]);
  rows.push([`${label} words: peak RSS (own process)`, mb(s.copydesk.peakRss), mb(s.harper?.peakRss), ratio(s.harper?.peakRss, s.copydesk.peakRss)]);
}
rows.push(['time per word, 100k ÷ 1k', `${results.perWordGrowth.toFixed(2)}×`, bySize['100k'].harper && bySize['1k'].harper ? `${((bySize['100k'].harper.ms / bySize['100k'].words) / (bySize['1k'].harper.ms / bySize['1k'].words)).toFixed(2)}×` : '—', '']);
rows.push(['fresh process → first diagnostics, 1k words', ms(bySize['1k'].copydesk.firstDiagnosticsMs), ms(bySize['1k'].harper?.firstDiagnosticsMs), ratio(bySize['1k'].harper?.firstDiagnosticsMs, bySize['1k'].copydesk.firstDiagnosticsMs)]);
rows.push(['keystroke → diagnostics, 10k words (server, median)', ms(results.lsp.keystroke.serverMedianMs), ms(results.lsp.harperKeystrokeMs), ratio(results.lsp.harperKeystrokeMs, results.lsp.keystroke.serverMedianMs)]);
rows.push(['keystroke, 10k words: incremental analysis alone (median)', ms(results.lsp.keystrokeCore.ms), '', '']);
rows.push(['keystroke → diagnostics, 10k words (round trip, median)', ms(results.lsp.keystroke.roundTripMedianMs), '', '']);
rows.push(['hover, 10k words (server, p50 / p99)', `${ms(results.lsp.hover.serverP50Ms)} / ${ms(results.lsp.hover.serverP99Ms)}`, 'no hover', '']);
rows.push(['hover, 10k words: the handler alone, in process (p50 / p99)', `${ms(results.lsp.hoverHandler.p50Ms)} / ${ms(results.lsp.hoverHandler.p99Ms)}`, '', '']);
rows.push(['hover, 10k words (round trip, p50 / p99)', `${ms(results.lsp.hover.roundTripP50Ms)} / ${ms(results.lsp.hover.roundTripP99Ms)}`, '', '']);
rows.push(['.vsix', results.vsix ? (results.vsix.ok ? `${(results.vsix.bytes / 1024).toFixed(0)} KB` : 'failed') : 'not built', '', '']);

const table = [
  `| ${rows[0].join(' | ')} |`,
  `|${rows[0].map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(table);
console.log('');
// Where the time goes: the stages of a full analysis at 100k words, and of an incremental one after a keystroke at 10k.
const stageRows = (stages) => Object.entries(stages).sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.05);
const full = stageRows(bySize['100k'].copydesk.stages);
console.log('| stage (ms, median) | full, 100k words | keystroke, 10k words |');
console.log('| --- | ---: | ---: |');
for (const [stage, v] of full) console.log(`| ${stage} | ${v.toFixed(2)} | ${(results.lsp.keystrokeCore.stages[stage] ?? 0).toFixed(2)} |`);
console.log('');
for (const { budget, met } of results.checks) console.log(`${met === null ? 'skipped' : met ? 'met    ' : 'MISSED '}  ${budget}`);
console.log(`\n${results.machine.cpu} (${results.machine.cores} cores), node ${results.machine.node}, ${results.date}, ` +
  `load average ${results.load.before.toFixed(2)} before, ${results.load.after.toFixed(2)} after`);
console.log(`copy: ${results.copy}`);
if (results.vsix && !results.vsix.ok) console.log(`vsix: ${results.vsix.error}`);
