// The server's helpers on their own (server/src/lsp), for what the protocol tests cannot reach:
// rules that do not exist yet (fixes inside quotations), timing of settings, the cache.

import { strict as assert } from 'assert';
import type { Finding } from '../../server/src/core/finding';
import { AnalysisCache, optionsKey, type CachedAnalysis } from '../../server/src/lsp/analysisCache';
import { fixAllEdits, wantsKind } from '../../server/src/lsp/codeActions';
import { offsetOfPosition } from '../../server/src/lsp/convert';
import { escapeMarkdown, findingsAt } from '../../server/src/lsp/hover';
import { settingsOverrides } from '../../server/src/lsp/options';
import { SettingsStore, normaliseSettings } from '../../server/src/lsp/settings';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';

function doc(text: string, version = 1, uri = 'untitled:t') {
  return { uri, version, getText: () => text };
}

function finding(rule: string, start: number, end: number, newText: string): Finding {
  return { rule, severity: 'warning', message: 'm', start, end, fixes: [{ title: 't', edits: [{ start, end, newText }] }], related: [] };
}

describe('lsp helpers: fix-all', () => {
  const text = 'The mayor said “the budget is teh best” and left.';
  const entry = (findings: Finding[]): CachedAnalysis => {
    const cached = new AnalysisCache().get(doc(text), {});
    return { ...cached, analysis: { ...cached.analysis, findings } };
  };
  const inside = text.indexOf('teh');
  const outside = text.indexOf('left');

  it('skips fixes inside a direct quotation unless the rule is a quote.* rule', () => {
    const edits = fixAllEdits(entry([finding('style.typo', inside, inside + 3, 'the'), finding('style.word', outside, outside + 4, 'went')]));
    assert.deepEqual(edits, [{ start: outside, end: outside + 4, newText: 'went' }]);
    const quoteRule = fixAllEdits(entry([finding('quote.something', inside, inside + 3, 'the')]));
    assert.deepEqual(quoteRule, [{ start: inside, end: inside + 3, newText: 'the' }]);
  });

  it('keeps an insertion right before the opening mark, which is outside the quotation', () => {
    const open = text.indexOf('“');
    assert.deepEqual(fixAllEdits(entry([finding('style.x', open, open, ' ')])), [{ start: open, end: open, newText: ' ' }]);
    assert.deepEqual(fixAllEdits(entry([finding('style.x', open + 1, open + 1, ' ')])), []);
  });

  it('drops overlapping fixes', () => {
    const edits = fixAllEdits(entry([finding('style.a', outside, outside + 4, 'A'), finding('style.b', outside + 2, outside + 5, 'B')]));
    assert.deepEqual(edits, [{ start: outside, end: outside + 4, newText: 'A' }]);
  });
});

describe('lsp helpers: kinds, positions, hover text', () => {
  it('matches code action kinds hierarchically', () => {
    assert.ok(wantsKind(undefined, 'source.fixAll.copydesk'));
    assert.ok(wantsKind([], 'quickfix'));
    assert.ok(wantsKind(['source'], 'source.fixAll.copydesk'));
    assert.ok(wantsKind(['source.fixAll'], 'source.fixAll.copydesk'));
    assert.ok(!wantsKind(['source.fix'], 'source.fixAll.copydesk'));
    assert.ok(!wantsKind(['quickfix'], 'source.fixAll.copydesk'));
    assert.ok(!wantsKind(['source'], 'quickfix'));
  });

  it('converts positions to offsets only inside the document', () => {
    const cached = new AnalysisCache().get(doc('ab\r\ncd\n'), {});
    const at = (line: number, character: number) => offsetOfPosition(cached.lines, cached.analysis.text, { line, character });
    assert.equal(at(0, 2), 2);
    assert.equal(at(0, 3), null, 'inside the CRLF');
    assert.equal(at(1, 0), 4);
    assert.equal(at(2, 0), 7);
    assert.equal(at(3, 0), null);
    assert.equal(at(-1, 0), null);
    assert.equal(at(0, 1.5), null);
  });

  it('finds findings under an offset, end-exclusive', () => {
    const f = finding('quote.x', 3, 5, '');
    assert.deepEqual(findingsAt([f], 2), []);
    assert.deepEqual(findingsAt([f], 3), [f]);
    assert.deepEqual(findingsAt([f], 5), []);
  });

  it('escapes Markdown in messages', () => {
    assert.equal(escapeMarkdown('*not* [a](link) `x`'), '\\*not\\* \\[a\\]\\(link\\) \\`x\\`');
  });
});

describe('lsp helpers: analysis cache', () => {
  it('analyses a version once per options, whatever their key order', () => {
    const cache = new AnalysisCache();
    const first = cache.get(doc('He said ” no.”'), { rules: { a: 'off', b: 'hint' }, format: 'plaintext' });
    const again = cache.get(doc('He said ” no.”'), { format: 'plaintext', rules: { b: 'hint', a: 'off' } });
    assert.equal(again, first);
    assert.equal(cache.computed, 1);
    cache.get(doc('He said ” no.”', 2), {});
    assert.equal(cache.computed, 2);
    assert.notEqual(optionsKey({ rules: { a: 'off' } }), optionsKey({ rules: { a: 'hint' } }));
  });
});

describe('lsp helpers: settings', () => {
  it('reads nested and flat rule settings, ignoring default and unknown values', () => {
    const overrides = settingsOverrides({
      ...DEFAULT_SETTINGS,
      publicationDate: '2024-09-26',
      quoteStyle: 'curly',
      rules: { quote: { misoriented: 'off', nesting: 'default', punctuation: 'loud' }, 'quote.unbalanced': 'hint' },
    });
    assert.deepEqual(overrides, { rules: { 'quote.misoriented': 'off', 'quote.unbalanced': 'hint' }, publicationDate: '2024-09-26', quoteStyle: 'curly' });
    assert.deepEqual(settingsOverrides(DEFAULT_SETTINGS), { rules: {} });
  });

  it('normalises whatever the client sends', () => {
    assert.deepEqual(normaliseSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(normaliseSettings({ enable: 'yes', quoteStyle: 'fancy', publicationDate: 5, rules: 'x' }), DEFAULT_SETTINGS);
    assert.equal(normaliseSettings({ enable: false }).enable, false);
  });

  it('uses the defaults after the timeout, then the late answer, and says so', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const late: string[] = [];
    const store = new SettingsStore({
      source: { getConfiguration: () => new Promise((resolve) => (answer = resolve)) },
      timeoutMs: 30,
      onLateAnswer: (uri) => late.push(uri),
      log: () => undefined,
    });
    assert.deepEqual(await store.get('file:///a.txt'), DEFAULT_SETTINGS);
    answer({ enable: false });
    const start = Date.now();
    while (late.length === 0 && Date.now() - start < 2000) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(late, ['file:///a.txt']);
    assert.equal((await store.get('file:///a.txt')).enable, false);
  });

  it('drops an answer that arrives after the settings changed', async () => {
    const answers: ((value: unknown) => void)[] = [];
    const store = new SettingsStore({
      source: { getConfiguration: () => new Promise((resolve) => answers.push(resolve)) },
      timeoutMs: 20,
      onLateAnswer: () => assert.fail('a stale answer must not refresh'),
      log: () => undefined,
    });
    await store.get('file:///b.txt');
    store.clear();
    answers[0]({ enable: false });
    const next = store.get('file:///b.txt');
    answers[1]({ enable: true, quoteStyle: 'straight' });
    assert.equal((await next).quoteStyle, 'straight');
    assert.equal((await store.get('file:///b.txt')).quoteStyle, 'straight');
  });

  it('falls back to the defaults when the request fails', async () => {
    const store = new SettingsStore({
      source: { getConfiguration: () => Promise.reject(new Error('no')) },
      timeoutMs: 1000,
      onLateAnswer: () => undefined,
      log: () => undefined,
    });
    assert.deepEqual(await store.get('file:///c.txt'), DEFAULT_SETTINGS);
  });
});
