// How often each style.* rule fires on the 120 MEANTIME Wikinews articles (published, edited copy), per
// 1,000 and per 10,000 words, and what the style engine costs. Issue 6 holds style.* to at most 20 firings
// per 10,000 words in total. Run: npm run eval, or `npx tsx eval/style.ts`; `--list` prints every firing
// with its context for review by hand (`--rule=<id>` for one rule).

import { analyse } from '../server/src/core/analyse';
import type { Finding } from '../server/src/core/finding';
import { RULES } from '../server/src/core/rules';
import { STYLE_RULES } from '../server/src/core/rules/style';
import { countWords, inContext, loadCorpus } from './corpus';

const docs = loadCorpus();
const list = process.argv.includes('--list');
const only = process.argv.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);

const ids = RULES.filter((r) => r.id.startsWith('style.')).map((r) => r.id);
const counts = new Map(ids.map((id) => [id, 0]));
let words = 0;
const firings: Array<{ doc: string; finding: Finding; context: string }> = [];
const analyses = docs.map((doc) => ({ doc, analysis: analyse(doc.text, { format: 'plaintext', publicationDate: doc.dct }) }));
for (const { doc, analysis } of analyses) {
  words += countWords(doc.text);
  for (const finding of analysis.findings) {
    if (!counts.has(finding.rule)) continue;
    counts.set(finding.rule, counts.get(finding.rule)! + 1);
    firings.push({ doc: doc.id, finding, context: inContext(doc.text, finding.start, finding.end) });
  }
}

// The style rules' own time: their checks run again on the finished analyses (the style engine included:
// each rule builds what it reads from the shared sentences), median of 15 rounds.
const rounds: number[] = [];
for (let round = 0; round < 15; round++) {
  const begin = process.hrtime.bigint();
  // A shallow copy: the style engine's per-analysis cache (the word list) is rebuilt and counted.
  for (const { analysis } of analyses) {
    const copy = { ...analysis };
    for (const rule of STYLE_RULES) rule.check(copy);
  }
  rounds.push(Number(process.hrtime.bigint() - begin) / 1e6);
}
rounds.sort((a, b) => a - b);
const ms = rounds[rounds.length >> 1];
// The whole analysis in the same process, for the share: absolute times swing with the machine's load.
const whole: number[] = [];
for (let round = 0; round < 5; round++) {
  const begin = process.hrtime.bigint();
  for (const doc of docs) analyse(doc.text, { format: 'plaintext', publicationDate: doc.dct });
  whole.push(Number(process.hrtime.bigint() - begin) / 1e6);
}
whole.sort((a, b) => a - b);
const wholeMs = whole[whole.length >> 1];

const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`\nstyle.* rules on ${docs.length} MEANTIME articles: ${words.toLocaleString('en-US')} words`);
console.log('rule'.padEnd(34) + 'count'.padStart(6) + '  per 1,000 words' + '  per 10,000 words');
for (const id of ids) {
  const count = counts.get(id)!;
  console.log(id.padEnd(34) + String(count).padStart(6) + (count / words * 1000).toFixed(2).padStart(17) + (count / words * 10000).toFixed(1).padStart(19));
}
console.log('all style.*'.padEnd(34) + String(total).padStart(6) + (total / words * 1000).toFixed(2).padStart(17) + (total / words * 10000).toFixed(1).padStart(19) + '   (target: at most 20 per 10,000)');
console.log(`style rules' time: ${ms.toFixed(1)} ms for the corpus, ${(ms / words * 1000).toFixed(3)} ms per 1,000 words (median of 15); ` +
  `the whole analysis ${wholeMs.toFixed(0)} ms (median of 5): style is ${(ms / wholeMs * 100).toFixed(1)}% of it`);
if (list) {
  for (const { doc, finding, context } of firings) {
    if (only && finding.rule !== only) continue;
    const fix = finding.fixes[0] ? ` → ${JSON.stringify(finding.fixes[0].edits.map((e) => e.newText))}` : '';
    console.log(`\n${finding.rule} ${doc} @${finding.start}${fix}\n  ${context}\n  ${finding.message}`);
  }
}
