// Scores the dates engine against the gold TIMEX3 of ../shared/corpus (MEANTIME, within annotation_scope,
// the dateline included as it is tagged), TimeML-style: detection by overlap (precision, recall, F1) and the
// value accuracy of the detected; per type. Then how often each dates.* rule fires per 1,000 words, and
// the engine's time per 1,000 words. Run: npm run eval (`--verbose` lists misses and wrong values).

import { analyse } from '../server/src/core/analyse';
import { extractDates } from '../server/src/core/dates';
import { DATES_RULES } from '../server/src/core/rules/dates';
import { countWords, loadCorpus } from './corpus';

interface Timex { start: number; end: number; text: string; type: string; value: string; is_dct: boolean }
interface Doc { id: string; dct: string; text: string; timex: Timex[]; annotation_scope: { start: number; end: number } }

const docs = loadCorpus<Doc>();
const verbose = process.argv.includes('--verbose');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const types = ['DATE', 'TIME', 'DURATION', 'SET'];
const perType = new Map(types.map((t) => [t, { gold: 0, found: 0, right: 0 }]));
let predicted = 0, predictedRight = 0, gold = 0, found = 0, valueRight = 0, typeRight = 0;
let words = 0;
const firings = new Map<string, number>(DATES_RULES.map((r) => [r.id, 0]));
const examples: string[] = [];
const analyses: ReturnType<typeof analyse>[] = [];

for (const doc of docs) {
  const analysis = analyse(doc.text, { format: 'plaintext', publicationDate: doc.dct });
  words += countWords(doc.text);
  for (const f of analysis.findings) {
    if (!firings.has(f.rule)) continue;
    firings.set(f.rule, firings.get(f.rule)! + 1);
    if (verbose) examples.push(`${f.rule} ${doc.id}: ${doc.text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\n/g, ' ')} — ${f.message}`);
  }
  analyses.push(analysis);

  const scope = doc.annotation_scope;
  const dates = analysis.dates.dates.filter((d) => d.start >= scope.start && d.start < scope.end);
  const golds = doc.timex.filter((t) => t.start >= scope.start && t.start < scope.end);
  predicted += dates.length;
  for (const d of dates) {
    if (golds.some((g) => overlaps(g, d))) predictedRight++;
    else if (verbose) console.log(`FP ${doc.id} [${doc.dct}] ${d.type} ${JSON.stringify(d.text)} = ${d.value}   …${doc.text.slice(Math.max(0, d.start - 40), d.end + 30).replace(/\n/g, ' ')}…`);
  }
  for (const g of golds) {
    gold++;
    const stats = perType.get(g.type)!;
    stats.gold++;
    const match = dates.filter((d) => overlaps(g, d))
      .sort((a, b) => Math.abs(a.start - g.start) + Math.abs(a.end - g.end) - (Math.abs(b.start - g.start) + Math.abs(b.end - g.end)))[0];
    if (!match) {
      if (verbose) console.log(`FN ${doc.id} [${doc.dct}] ${g.type} ${JSON.stringify(g.text)} = ${g.value}   …${doc.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ')}…`);
      continue;
    }
    found++;
    stats.found++;
    if (match.type === g.type) typeRight++;
    if (match.value === g.value) {
      valueRight++;
      stats.right++;
    } else if (verbose) {
      console.log(`VAL ${doc.id} [${doc.dct}] ${JSON.stringify(g.text)} gold ${g.type} ${g.value} ≠ ${match.type} ${match.value} (${JSON.stringify(match.text)})`);
    }
  }
}

const pct = (n: number) => (100 * n).toFixed(1) + '%';
const precision = predicted ? predictedRight / predicted : 0;
const recall = gold ? found / gold : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
console.log('\nDates engine vs MEANTIME gold TIMEX3 (within annotation_scope, dateline included)');
console.log(`  detection (overlap): precision ${pct(precision)} (${predictedRight}/${predicted}), recall ${pct(recall)} (${found}/${gold}), F1 ${f1.toFixed(3)}`);
console.log(`  value accuracy of the detected: ${pct(valueRight / found)} (${valueRight}/${found}); type accuracy ${pct(typeRight / found)}`);
for (const [type, s] of perType) {
  console.log(`  ${type.padEnd(8)} gold ${String(s.gold).padStart(3)}  recall ${pct(s.gold ? s.found / s.gold : 0).padStart(6)}  value accuracy ${pct(s.found ? s.right / s.found : 0).padStart(6)}`);
}
console.log(`  dates.* findings per 1,000 words (${words.toLocaleString('en-US')} words, ${docs.length} articles):`);
for (const [id, n] of firings) console.log(`    ${id.padEnd(26)} ${String(n).padStart(4)}  ${(1000 * n / words).toFixed(2)}`);
// CPU time, not wall time: the machine may be shared. Warm up first; the whole analysis for scale.
// The fastest of several rounds: the least disturbed by other work on the machine.
const cpu = (run: () => void, rounds: number) => {
  run();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = process.cpuUsage();
    run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
};
const engineMs = cpu(() => { for (const a of analyses) extractDates(a); }, 20);
const wholeMs = cpu(() => { for (const d of docs) analyse(d.text, { format: 'plaintext', publicationDate: d.dct }); }, 8);
console.log(`  engine time: ${(1000 * engineMs / words).toFixed(3)} ms CPU per 1,000 words (extractDates alone); ` +
  `whole analysis ${(1000 * wholeMs / words).toFixed(3)} ms (the dates engine is ${(100 * engineMs / wholeMs).toFixed(0)}% of it)`);
if (verbose) for (const e of examples) console.log('  ' + e);
