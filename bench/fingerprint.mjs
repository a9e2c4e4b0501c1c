// What the analysis says about real copy, section by section, to prove a speed-up changed nothing:
//   node bench/fingerprint.mjs --save /tmp/before.json     (on the code before the change)
//   node bench/fingerprint.mjs --compare /tmp/before.json  (after: lists every section that differs)
// Texts: the Wikinews corpus with its publication dates, the seeds, and three ~10,000-word bench articles.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { buildArticle, CORPUS_PATH, loadSources } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const outfile = join(tmpdir(), `copydesk-fingerprint-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [join(root, 'server/src/core/analyse.ts')], outfile, bundle: true, platform: 'node',
  target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);

const texts = [];
if (existsSync(CORPUS_PATH)) {
  for (const line of readFileSync(CORPUS_PATH, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    texts.push({ name: record.id, text: record.text, options: { format: 'plaintext', publicationDate: record.dct } });
  }
}
for (const name of readdirSync(join(root, 'seeds')).sort()) {
  const format = name.endsWith('.md') ? 'markdown' : name.endsWith('.news') ? 'news' : 'plaintext';
  texts.push({ name: `seeds/${name}`, text: readFileSync(join(root, 'seeds', name), 'utf8'), options: { format } });
}
const sources = loadSources();
for (const variant of [901, 902, 903]) texts.push({ name: `bench-10k-${variant}`, text: buildArticle(sources, 10000, variant), options: { format: 'plaintext' } });

const SECTIONS = ['article', 'publicationDate', 'quotes', 'sentences', 'people', 'attribution', 'dates', 'figures', 'findings'];
const hash = (value) => createHash('sha1').update(JSON.stringify(value) ?? 'undefined').digest('hex').slice(0, 12);
// Marks and quotations read field by field, getters included: their packed representation may change, what
// they say may not.
const mark = (m) => m && [m.offset, m.char, m.family, m.style, m.role, m.correct, m.fixEnd, m.unbalanced];
const quotes = ({ marks, quotations }) => ({
  marks: marks.map(mark),
  quotations: quotations.map((q) => [q.index, q.open, q.close, q.start, q.end, q.family, q.depth, q.parent, q.paragraph,
    q.continuesFrom, q.continuesTo, mark(q.openMark), mark(q.closeMark)]),
});
const result = {};
for (const { name, text, options } of texts) {
  const analysis = core.analyse(text, options);
  result[name] = Object.fromEntries(SECTIONS.map((s) => [s, hash(s === 'quotes' ? quotes(analysis.quotes) : analysis[s])]));
  result[name].findingsByRule = {};
  for (const f of analysis.findings) (result[name].findingsByRule[f.rule] ??= []).push(f);
  for (const [rule, list] of Object.entries(result[name].findingsByRule)) result[name].findingsByRule[rule] = hash(list);
}

const args = process.argv.slice(2);
if (args[0] === '--save') {
  writeFileSync(args[1], JSON.stringify(result));
  console.log(`${texts.length} texts fingerprinted → ${args[1]}`);
} else if (args[0] === '--compare') {
  const before = JSON.parse(readFileSync(args[1], 'utf8'));
  const differing = {};
  for (const [name, now] of Object.entries(result)) {
    const then = before[name];
    if (!then) continue;
    for (const s of SECTIONS) if (then[s] !== now[s]) (differing[s] ??= []).push(name);
    const rules = new Set([...Object.keys(then.findingsByRule), ...Object.keys(now.findingsByRule)]);
    for (const r of rules) if (then.findingsByRule[r] !== now.findingsByRule[r]) (differing[`findings ${r}`] ??= []).push(name);
  }
  if (Object.keys(differing).length === 0) console.log(`identical on all ${texts.length} texts`);
  for (const [s, names] of Object.entries(differing)) console.log(`${s}: differs on ${names.length} texts (${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''})`);
  process.exitCode = Object.keys(differing).length ? 1 : 0;
} else {
  console.log('usage: node bench/fingerprint.mjs --save FILE | --compare FILE');
}
