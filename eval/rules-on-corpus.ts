// How often each attribution.* rule fires on the 120 MEANTIME Wikinews articles (published, edited copy):
// per 1,000 words and per direct quotation. issue 3 holds unattributed-quote and unintroduced-name to at
// most 1 in 50 quotations. Run: npm run eval (with the other evaluations), or `npx tsx eval/rules-on-corpus.ts`.
// `--list` prints every firing with its context, for review by hand.

import { analyse } from '../server/src/core/analyse';
import type { Finding } from '../server/src/core/finding';
import { RULES } from '../server/src/core/rules';
import { countWords, inContext, loadCorpus } from './corpus';

const docs = loadCorpus();
const list = process.argv.includes('--list');
const only = process.argv.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);

const ids = RULES.filter((r) => r.id.startsWith('attribution.')).map((r) => r.id);
const counts = new Map(ids.map((id) => [id, 0]));
let words = 0;
let quotations = 0;
const firings: Array<{ doc: string; finding: Finding; context: string }> = [];

for (const doc of docs) {
  const analysis = analyse(doc.text, { format: 'plaintext' });
  words += countWords(doc.text);
  quotations += analysis.attribution.attributions.filter((a) => a?.kind === 'direct').length;
  for (const finding of analysis.findings) {
    if (!counts.has(finding.rule)) continue;
    counts.set(finding.rule, counts.get(finding.rule)! + 1);
    firings.push({ doc: doc.id, finding, context: inContext(doc.text, finding.start, finding.end) });
  }
}

console.log(`\nattribution.* rules on ${docs.length} MEANTIME articles: ${words.toLocaleString('en-US')} words, ${quotations} direct quotations`);
console.log('rule'.padEnd(34) + 'count'.padStart(6) + '  per 1,000 words' + '  per quotation');
for (const id of ids) {
  const count = counts.get(id)!;
  console.log(id.padEnd(34) + String(count).padStart(6) + (count / words * 1000).toFixed(2).padStart(17) +
    (quotations ? (count / quotations).toFixed(3) : '-').padStart(15));
}
if (list) {
  for (const { doc, finding, context } of firings) {
    if (only && finding.rule !== only) continue;
    const fix = finding.fixes[0] ? ` → ${JSON.stringify(finding.fixes[0].edits.map((e) => e.newText))}` : '';
    console.log(`\n${finding.rule} ${doc} @${finding.start}${fix}\n  ${context}\n  ${finding.message}`);
  }
}
