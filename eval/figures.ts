// The figures engine on the 120 MEANTIME Wikinews articles: numeric extraction against the gold `values`
// (QUANTITY, MONEY, PERCENT) inside annotation_scope, matched by overlap; how often each figures.* rule fires
// per 1,000 words on that published copy; and the engine's time per 1,000 words.
// Run: npm run eval, or `npx tsx eval/figures.ts` (`--list` prints misses, extras and every firing).

import { performance } from 'perf_hooks';
import { analyse } from '../server/src/core/analyse';
import { extractFigures, type Figure } from '../server/src/core/figures';
import { RULES } from '../server/src/core/rules';
import { countWords, inContext, loadCorpus } from './corpus';

interface Gold { start: number; end: number; text: string; type: string }
interface Doc { id: string; text: string; dct: string; values: Gold[]; annotation_scope: [number, number] | { start: number; end: number } }

const docs = loadCorpus<Doc>();
const list = process.argv.includes('--list');

/** Kinds the gold annotates as values: not years, ordinals (TIMEX or none). */
const SCORED: ReadonlySet<Figure['kind']> = new Set(['count', 'percent', 'money', 'measure', 'age', 'range', 'score']);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

let tp = 0;
let predicted = 0;
let gold = 0;
let found = 0;
const misses: string[] = [];
const extras: string[] = [];
const ids = RULES.filter((r) => r.id.startsWith('figures.')).map((r) => r.id);
const counts = new Map(ids.map((id) => [id, 0]));
const firings: string[] = [];
let words = 0;
let engineMs = 0;
let analyseMs = 0;
const context = (text: string, s: number, e: number) => inContext(text, s, e, 50);

for (const doc of docs) {
  const scope = Array.isArray(doc.annotation_scope) ? { start: doc.annotation_scope[0], end: doc.annotation_scope[1] } : doc.annotation_scope;
  const a0 = performance.now();
  const analysis = analyse(doc.text, { format: 'plaintext', publicationDate: doc.dct?.slice(0, 10) ?? null });
  analyseMs += performance.now() - a0;
  words += countWords(doc.text);
  const t0 = performance.now();
  for (let k = 0; k < 5; k++) extractFigures(analysis);
  engineMs += (performance.now() - t0) / 5;
  const predictions = analysis.figures.figures.filter((f) => SCORED.has(f.kind) && f.start >= scope.start && f.end <= scope.end);
  const golds = doc.values.filter((v) => v.start >= scope.start && v.end <= scope.end);
  predicted += predictions.length;
  gold += golds.length;
  for (const p of predictions) {
    if (golds.some((g) => overlaps(p, g))) tp++;
    else extras.push(`${doc.id} ${p.kind} ${context(doc.text, p.start, p.end)}`);
  }
  for (const g of golds) {
    if (predictions.some((p) => overlaps(p, g))) found++;
    else misses.push(`${doc.id} ${g.type} ${context(doc.text, g.start, g.end)}`);
  }
  for (const f of analysis.findings) {
    if (!counts.has(f.rule)) continue;
    counts.set(f.rule, counts.get(f.rule)! + 1);
    firings.push(`${f.rule} ${doc.id}\n  ${context(doc.text, f.start, f.end)}\n  ${f.message}`);
  }
}

const precision = tp / Math.max(1, predicted);
const recall = found / Math.max(1, gold);
console.log(`\nfigures engine on ${docs.length} MEANTIME articles (${words.toLocaleString('en-US')} words)`);
console.log(`numeric extraction in annotation_scope, by overlap: precision ${precision.toFixed(3)} (${tp}/${predicted}), ` +
  `recall ${recall.toFixed(3)} (${found}/${gold}), F1 ${(2 * precision * recall / Math.max(1e-9, precision + recall)).toFixed(3)}`);
// On a loaded machine both numbers grow; their ratio is the stable one.
console.log(`engine time: ${(engineMs / words * 1000).toFixed(3)} ms per 1,000 words (extractFigures alone), ` +
  `${(100 * engineMs / analyseMs).toFixed(1)}% of the whole analysis (${(analyseMs / words * 1000).toFixed(2)} ms per 1,000 words, first run)`);
console.log('rule'.padEnd(30) + 'count'.padStart(6) + '  per 1,000 words');
for (const id of ids) {
  const count = counts.get(id)!;
  console.log(id.padEnd(30) + String(count).padStart(6) + (count / words * 1000).toFixed(3).padStart(17));
}
if (list) {
  console.log('\nmissed:\n' + misses.join('\n'));
  console.log('\nextra:\n' + extras.join('\n'));
  console.log('\nfirings:\n' + firings.join('\n'));
}
