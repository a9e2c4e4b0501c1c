// Incremental analysis (core/incremental.ts): an analysis that reuses the previous version's
// paragraph results gives exactly what a full analysis of the same text gives, over random edits of
// real articles; a keystroke recomputes only what it touched; the memo does not outgrow the document.

import { strict as assert } from 'assert';
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { analyse, type Analysis } from '../../server/src/core/analyse';
import { IncrementalState, memo, memoFitting, SWEEP_EVERY, withIncremental } from '../../server/src/core/incremental';
import type { Format } from '../../server/src/core/text';
import { AnalysisCache } from '../../server/src/lsp/analysisCache';

const root = join(__dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'meantime_en.jsonl');

/** Real copy: the seeds, and the Wikinews corpus when it is there (it lives outside the project). */
function realArticles(): string[] {
  const texts = readdirSync(join(root, 'seeds')).sort().map((name) => readFileSync(join(root, 'seeds', name), 'utf8'));
  if (existsSync(corpus)) {
    const lines = readFileSync(corpus, 'utf8').split('\n').filter((line) => line.trim());
    // Every fifth article: enough variety, and the test stays quick.
    for (let i = 0; i < lines.length; i += 5) texts.push((JSON.parse(lines[i]) as { text: string }).text);
  }
  return texts;
}

const ARTICLES = realArticles();

/** Everything an analysis computed, as comparable data (the lexicon is shared configuration, the timings are not results). */
function snapshot(analysis: Analysis): string {
  const { cues: _cues, timings: _timings, ...rest } = analysis;
  return JSON.stringify(rest);
}

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'move'; from: number; to: number; length: number };

/** What an editor does: type a letter, a quotation mark, a period, a line break; delete; cut and paste. */
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x), text: fc.constantFrom('a', 'X', '7', ' ', '.', '. The', '"', '“', '”', '’', "'", '\n', '\n\n', ', he said', ' Smith', 'said',
    // A paragraph that opens with a quotation mark: an AP running quote when the one before ends inside a quote.
    '\n\n“', '\n\n"', '\n“We', ' “We will',
    // A date or a figure: the figures engine keys a paragraph by its dates, and places what did not move.
    ' on Oct. 16, 2023', ' since 2019', ' 12 children were killed',
    // Ranges (figures.range-style memoises them by paragraph).
    ' between 10-20', ' $12-20 million',
    // Surnames a letter apart (attribution.name-variant keeps its merging while the names stay), and an
    // abbreviation with its full name (style/abbreviation keeps the paragraphs by initial from the last scans).
    ' Volodymyr Zelensky said', ' Zelenskyy', ' Mr. Zelenskyy said', ' the FAA', ' Federal Aviation Administration (FAA)') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
);

/** Edit positions are fractions of the text's length, so they stay inside it as it changes. */
function apply(text: string, edit: Edit): string {
  const at = (x: number) => Math.min(text.length, Math.floor(x * text.length));
  if (edit.kind === 'insert') return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at));
  if (edit.kind === 'delete') return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
  const from = at(edit.from);
  const cut = text.slice(from, from + edit.length);
  const rest = text.slice(0, from) + text.slice(from + edit.length);
  const to = Math.min(rest.length, Math.floor(edit.to * rest.length));
  return rest.slice(0, to) + cut + rest.slice(to);
}

describe('incremental analysis', () => {
  it('gives the same analysis as a full one over random edits of real articles', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ARTICLES.length - 1 }),
        fc.constantFrom<Format>('plaintext', 'markdown', 'news'),
        fc.array(anEdit, { minLength: 1, maxLength: 5 }),
        (which, format, edits) => {
          const state = new IncrementalState();
          let text = ARTICLES[which];
          analyse(text, { format }, state);
          for (const edit of edits) {
            text = apply(text, edit);
            assert.equal(snapshot(analyse(text, { format }, state)), snapshot(analyse(text, { format })));
          }
        },
      ),
      { seed: 20261127, numRuns: 25 },
    );
  });

  it('recomputes only the paragraph a keystroke touched', () => {
    const text = ARTICLES.reduce((longest, t) => (t.length > longest.length ? t : longest));
    const state = new IncrementalState();
    analyse(text, { format: 'plaintext' }, state);
    const cold = state.misses;
    const at = text.indexOf(' ', Math.floor(text.length / 2)) + 1;
    analyse(`${text.slice(0, at)}x${text.slice(at)}`, { format: 'plaintext' }, state);
    assert.ok(cold >= 9, `a first analysis computes everything (${cold})`);
    // The edited paragraph (or sentence) once per memoised stage, nothing more.
    assert.ok(state.misses <= state.stages, `${state.misses} results recomputed after one keystroke (${state.stages} stages memoise)`);
    assert.ok(state.hits > cold / 2, `${state.hits} results reused`);
  });

  it('keeps only what the last version used, once a sweep has run', () => {
    const state = new IncrementalState();
    const [a, b] = ARTICLES;
    analyse(a, { format: 'plaintext' }, state);
    const storedA = state.stored;
    // B as many times as it takes a sweep to come: then B's results alone are kept, A's are gone.
    for (let k = 0; k < SWEEP_EVERY; k++) analyse(b, { format: 'plaintext' }, state);
    const fresh = new IncrementalState();
    for (let k = 0; k < SWEEP_EVERY; k++) analyse(b, { format: 'plaintext' }, fresh);
    assert.ok(storedA > 0);
    assert.equal(state.stored, fresh.stored);
    assert.equal(state.size, fresh.size);
  });

  it('computes as usual outside an incremental analysis, and memoises inside one', () => {
    let calls = 0;
    const compute = () => ++calls;
    memo('test', 'same text', '', compute);
    memo('test', 'same text', '', compute);
    assert.equal(calls, 2);
    withIncremental(new IncrementalState(), () => {
      memo('test', 'same text', '', compute);
      memo('test', 'same text', '', compute);
      // Another context is another result.
      memo('test', 'same text', 'other', compute);
    });
    assert.equal(calls, 4);
  });

  it('memoFitting reuses a result only where it fits the context now', () => {
    let calls = 0;
    const compute = (context: number) => () => ({ context, call: ++calls });
    const state = new IncrementalState();
    const run = (context: number) => withIncremental(state, () =>
      memoFitting('test', 'same text', (value: { context: number }) => value.context === context, compute(context)));
    assert.equal(run(1).call, 1);
    assert.equal(run(1).call, 1);
    assert.equal(run(2).call, 2);
    assert.equal(run(1).call, 1, 'a result not used by the last analysis serves until a sweep drops it');
    for (let k = 0; k < SWEEP_EVERY; k++) run(2);
    assert.equal(run(1).call, 3, 'after a sweep, only what the last analysis used is kept');
  });

  it('keys the paragraph memos on each paragraph’s text, which is its prose and no data of the analysis', () => {
    const text = ARTICLES[0];
    const state = new IncrementalState();
    analyse(text, { format: 'markdown' }, state);
    const analysis = analyse(`${text}\n\nOne more paragraph.`, { format: 'markdown' }, state);
    for (const paragraph of analysis.article.paragraphs) assert.equal(paragraph.text, analysis.prose.slice(paragraph.start, paragraph.end));
    assert.ok(!JSON.stringify(analysis.article.paragraphs).includes('"text"'));
  });

  it('the server keeps a document’s memo across versions, and starts a new one when the settings change', () => {
    const cache = new AnalysisCache();
    const text = ARTICLES[0];
    const first = cache.get({ uri: 'file:///a.txt', version: 1, getText: () => text }, { format: 'plaintext' });
    const second = cache.get({ uri: 'file:///a.txt', version: 2, getText: () => `${text} More.` }, { format: 'plaintext' });
    assert.equal(second.incremental, first.incremental);
    assert.ok(second.incremental!.hits > 0);
    const third = cache.get({ uri: 'file:///a.txt', version: 3, getText: () => text }, { format: 'plaintext', quoteStyle: 'straight' });
    assert.notEqual(third.incremental, first.incremental);
  });
});
