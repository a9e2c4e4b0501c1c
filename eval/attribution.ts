// Scores the attribution engine against eval/attribution-gold.jsonl (our annotations of the MEANTIME
// Wikinews articles): quotation detection, the speaker mention, and the person it resolves to.
// Run: npm run eval. Prints precision, recall and F1; `--verbose` lists every miss.

import { readFileSync } from 'fs';
import * as path from 'path';
import { analyse } from '../server/src/core/analyse';

interface GoldQuote {
  start: number; end: number; text: string; kind: 'direct' | 'scare' | 'title';
  speaker: string | null; mention: string | null; mentionStart?: number; mentionEnd?: number; route: string | null;
}

const root = path.join(__dirname, '..');
const corpus = new Map<string, { text: string }>();
for (const line of readFileSync(path.join(root, '../shared/corpus/meantime_en.jsonl'), 'utf8').trim().split('\n')) {
  const doc = JSON.parse(line);
  corpus.set(doc.id, doc);
}
const gold = readFileSync(path.join(root, 'eval/attribution-gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const verbose = process.argv.includes('--verbose');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const key = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
/** A predicted person is right when the gold speaker's name ends with it or equals it. */
const samePerson = (predicted: string, expected: string) => {
  const p = key(predicted);
  const e = key(expected);
  return p === e || e.endsWith(p) || p.endsWith(e);
};

let goldDirect = 0, predictedDirect = 0, matchedDirect = 0;
let attributedGold = 0, mentionFound = 0, namedGold = 0, personRight = 0;
let unattributedFindings = 0;
for (const article of gold) {
  const doc = corpus.get(article.id);
  if (!doc) continue;
  const analysis = analyse(doc.text, { format: 'plaintext' });
  const quotations = analysis.quotes.quotations;
  const predicted = analysis.attribution.attributions.filter((a) => a && a.kind === 'direct').map((a) => ({ a: a!, q: quotations[a!.quotation] }));
  const golds: GoldQuote[] = article.quotes.filter((q: GoldQuote) => q.kind === 'direct');
  goldDirect += golds.length;
  predictedDirect += predicted.length;
  for (const p of predicted) {
    if (!golds.some((g) => overlaps(g, p.q))) {
      if (verbose) console.log(`FP quote  ${article.id}: ${doc.text.slice(p.q.start, Math.min(p.q.end, p.q.start + 70))}`);
    }
  }
  unattributedFindings += analysis.findings.filter((f) => f.rule === 'attribution.unattributed-quote').length;
  for (const g of golds) {
    const match = predicted.find((p) => overlaps(g, p.q));
    if (!match) {
      if (verbose) console.log(`FN quote  ${article.id}: ${g.text.slice(0, 70)}`);
      continue;
    }
    matchedDirect++;
    if (g.route && g.mention && g.mentionStart !== undefined) {
      attributedGold++;
      const speaker = match.a.speaker;
      const found = speaker && overlaps(speaker, { start: g.mentionStart, end: g.mentionEnd! });
      if (found) mentionFound++;
      else if (verbose) console.log(`mention   ${article.id}: "${g.text.slice(0, 40)}" gold "${g.mention}" got "${speaker?.text ?? '—'}"`);
      if (g.speaker) {
        namedGold++;
        const person = match.a.person !== null ? analysis.people.people[match.a.person].name : match.a.organisation;
        if (person && samePerson(person, g.speaker)) personRight++;
        else if (verbose) console.log(`person    ${article.id}: "${g.text.slice(0, 40)}" gold ${g.speaker} got ${person ?? '—'} (${speaker?.text ?? '—'})`);
      }
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const precision = ratio(matchedDirect, predictedDirect);
const recall = ratio(matchedDirect, goldDirect);
const f1 = ratio(2 * precision * recall, precision + recall);
const fmt = (x: number) => x.toFixed(3);
console.log(`Attribution on ${gold.length} Wikinews articles (eval/attribution-gold.jsonl)`);
console.log(`  direct quotations   gold ${goldDirect}, found ${predictedDirect}: precision ${fmt(precision)}, recall ${fmt(recall)}, F1 ${fmt(f1)}`);
console.log(`  speaker mention     ${mentionFound}/${attributedGold} attributed quotations: ${fmt(ratio(mentionFound, attributedGold))}`);
console.log(`  resolved person     ${personRight}/${namedGold} with a named speaker: ${fmt(ratio(personRight, namedGold))}`);
console.log(`  unattributed-quote  ${unattributedFindings} findings over ${goldDirect} gold direct quotations`);
