// What the reliability suites feed Copydesk: real articles (seeds/, the MEANTIME corpus), fast-check
// arbitraries for hostile text, and the one seed every property runs with (printed when one fails).

import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { Format } from '../../server/src/core/text';

export const ROOT = path.resolve(__dirname, '..', '..');

/** One seed per run: FC_SEED=<n> replays a failure; fast-check prints the seed and path with it. */
export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261127;
/** FC_RUNS scales every property (CI keeps the default; a long local hunt can raise it). */
const SCALE = process.env.FC_RUNS_SCALE ? Number(process.env.FC_RUNS_SCALE) : 1;

/** Parameters for fc.assert: the fixed seed, and a run count scaled by FC_RUNS_SCALE. */
export function params<T>(numRuns: number): fc.Parameters<T> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)), endOnFailure: true };
}

/** Counts every input each suite fed to the core, for the README's numbers (printed at the end). */
export const tally = new Map<string, number>();
export function count(what: string, n = 1): void {
  tally.set(what, (tally.get(what) ?? 0) + n);
}
if (typeof after === "function") after(() => {
  if (process.env.RELIABILITY_TALLY) console.log('\n' + [...tally].map(([what, n]) => `${what}: ${n}`).join('\n'));
});

export interface Article {
  name: string;
  text: string;
  format: Format;
}

/** seeds/ and the first `corpusCount` corpus articles (plain text). */
export function realArticles(corpusCount = 40): Article[] {
  const articles: Article[] = [];
  const seeds = path.join(ROOT, 'seeds');
  for (const name of fs.readdirSync(seeds).sort()) {
    const format: Format = name.endsWith('.md') ? 'markdown' : name.endsWith('.news') ? 'news' : 'plaintext';
    articles.push({ name, text: fs.readFileSync(path.join(seeds, name), 'utf8'), format });
  }
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  if (fs.existsSync(fixtures)) {
    for (const name of fs.readdirSync(fixtures).sort()) {
      if (!/\.(txt|md|news)$/.test(name)) continue;
      const format: Format = name.endsWith('.md') ? 'markdown' : name.endsWith('.news') ? 'news' : 'plaintext';
      articles.push({ name, text: fs.readFileSync(path.join(fixtures, name), 'utf8'), format });
    }
  }
  const corpus = path.join(ROOT, '..', 'shared', 'corpus', 'meantime_en.jsonl');
  if (fs.existsSync(corpus)) {
    const lines = fs.readFileSync(corpus, 'utf8').trim().split('\n').slice(0, corpusCount);
    for (const line of lines) {
      const record = JSON.parse(line) as { id: string; text: string };
      articles.push({ name: `corpus ${record.id}`, text: record.text, format: 'plaintext' });
    }
  }
  return articles;
}

export const FORMATS: readonly Format[] = ['plaintext', 'markdown', 'news'];

/** Pieces that matter to a copy desk's engines, and pieces that break naive text code. */
const NEWS_PIECES = [
  'said', ' said', 'says', 'told reporters', 'according to', 'claimed', 'admitted', 'Mr.', 'Dr.', 'Ms.',
  'John Smith', 'Smith', 'Maria Lopez', 'Lopez', 'the company', 'a spokesman', 'officials', 'Airbus', 'General Motors',
  'on Monday', 'last week', 'Jan. 5', 'January 5, 2024', '2024-01-05', 'yesterday', 'in 1999', '10 a.m.', 'tomorrow',
  '$1.5 million', '1,234', '12%', '40 percent', 'one', 'three', '3.5', '1/2', '−4', '15th', '10,000', '2 billion',
  'U.S.', 'e.g.', 'etc.', '...', '…', '—', '–', '-', ',', '.', '!', '?', ';', ':', '(', ')', '[', ']',
  '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '``', "''",
];
const HOSTILE_PIECES = [
  '\r\n', '\n', '\n\n', '\r', '\t', '\0', '\u2028', '\u2029', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u202e', '\u2066',
  '😀', '👩‍👩‍👧', '🇫🇷', '👍🏽', '\ud83d', '\ude00', '\udfff\ud800', 'é', 'e\u0301', 'a\u0308\u0308\u0308', 'ﬁ', 'İ', 'ß',
  'שלום', 'محمد قال', 'עמית', '北京', '東京都', 'Ωμέγα', 'Ёлка', '\u0000\u0001\u001f', '\u007f',
];
const MARKDOWN_PIECES = [
  '# ', '## ', '> ', '> > > ', '* ', '- ', '1. ', '```\n', '~~~\n', '    ', '`', '**', '_', '[link](http://x.y)', '![img](a.png)',
  '<!-- copydesk-disable -->', '<!--', '-->', '<div>', '</div>', '---\n', '---\ntitle: x\ndate: 2024-01-02\n---\n', '| a | b |\n|---|---|\n',
  '\\', '&amp;', '[^1]', '[^1]: note', '<https://a.b>', 'Heading\n======\n',
];

const piece = (pieces: readonly string[]) => fc.constantFrom(...pieces);
const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);

/** Text made of news words, quotation marks, numbers and dates, with hostile Unicode mixed in. */
export const newsText = fc
  .array(fc.oneof({ weight: 6, arbitrary: piece(NEWS_PIECES) }, { weight: 4, arbitrary: word }, { weight: 3, arbitrary: fc.constant(' ') }, { weight: 2, arbitrary: piece(HOSTILE_PIECES) }), { maxLength: 300 })
  .map((parts) => parts.join(''));

/** Arbitrary UTF-16: any code unit, lone surrogates included. */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 400 });
export const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

/** Markdown structure around news text. */
export const markdownText = fc
  .array(fc.oneof({ weight: 3, arbitrary: piece(MARKDOWN_PIECES) }, { weight: 5, arbitrary: piece(NEWS_PIECES) }, { weight: 3, arbitrary: word }, { weight: 3, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: piece(HOSTILE_PIECES) }), { maxLength: 300 })
  .map((parts) => parts.join(''));

export const anyFormat = fc.constantFrom(...FORMATS);

/** One edit to a real article: what a careless paste, a bad conversion or a stray key does. */
type Mutation = (text: string) => string;
const at = (n: number, text: string) => (text.length === 0 ? 0 : n % (text.length + 1));
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(piece(NEWS_PIECES), piece(HOSTILE_PIECES), piece(MARKDOWN_PIECES))).map(
    ([n, insert]) => (text: string) => text.slice(0, at(n, text)) + insert + text.slice(at(n, text)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 })).map(([n, length]) => (text: string) => text.slice(0, at(n, text)) + text.slice(at(n, text) + length)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 300 })).map(([n, length]) => (text: string) => {
    const start = at(n, text);
    return text.slice(0, start) + text.slice(start, start + length).repeat(2) + text.slice(start);
  }),
  fc.constantFrom<Mutation>(
    (text) => text.replace(/\n/g, '\r\n'),
    (text) => text.replace(/\n/g, '\r'),
    (text) => text.replace(/\n+/g, ' '),
    (text) => text.replace(/[“”]/g, '"'),
    (text) => text.replace(/"/g, '“'),
    (text) => text.replace(/[“”]/g, (mark) => (mark === '“' ? '”' : '“')),
    (text) => text.replace(/’/g, "'"),
    (text) => text.replace(/ /g, '\u00a0'),
    (text) => text.toUpperCase(),
    (text) => text.toLowerCase(),
    (text) => text.replace(/\./g, ''),
    (text) => text.split('\n').map((line) => '> ' + line).join('\n'),
    (text) => '---\ndate: 2024-02-30\n---\n' + text,
    (text) => text.slice(0, Math.floor(text.length / 2)),
    (text) => text.split('').reverse().join(''),
  ),
);

/** A real article with a handful of mutations applied, in any format. */
export function mutatedArticle(articles: readonly Article[]): fc.Arbitrary<{ name: string; text: string; format: Format }> {
  return fc
    .tuple(fc.constantFrom(...articles), fc.array(mutation, { minLength: 1, maxLength: 6 }), anyFormat)
    .map(([article, mutations, format]) => ({ name: article.name, text: mutations.reduce((text, mutate) => mutate(text), article.text), format }));
}
