import { strict as assert } from 'assert';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { parseConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/finding';
import { findDirectives, ignoreRuleEdit, suppressFindings } from '../../server/src/core/suppress';
import { parseArticle } from '../../server/src/core/text';
import { toAnalysisOptions } from '../../server/src/configFile';

const LOADED = 'Ukraine claims that the children were taken.';
const PUNCT = '“We will go on”, she said.';
const md = (text: string, options: AnalysisOptions = {}) => analyse(text, { format: 'markdown', ...options });
const rules = (text: string, options: AnalysisOptions = {}) => md(text, options).findings.map((f) => f.rule);

describe('suppression: directives', () => {
  it('both findings are reported without a directive (the baseline the other tests rely on)', () => {
    assert.deepEqual(rules(`${LOADED}\n\n${PUNCT}\n`).sort(), ['attribution.loaded-verb', 'quote.punctuation']);
  });

  it('disable-next-line with an id silences that rule on the next line only', () => {
    const text = `<!-- copydesk-disable-next-line attribution.loaded-verb -->\n${LOADED}\n\n${LOADED}\n`;
    const found = md(text).findings.filter((f) => f.rule === 'attribution.loaded-verb');
    assert.equal(found.length, 1);
    assert.ok(found[0].start > text.indexOf('\n\n'), 'the second occurrence is still reported');
  });

  it('disable-next-line names only its rule: another rule on that line is still reported', () => {
    const text = `<!-- copydesk-disable-next-line attribution.loaded-verb -->\n${PUNCT}\n`;
    assert.deepEqual(rules(text), ['quote.punctuation']);
  });

  it('disable-next-line without an id silences every rule on that line; a blank line between is allowed', () => {
    assert.deepEqual(rules(`<!-- copydesk-disable-next-line -->\n\n${PUNCT}\n`), []);
  });

  it('disable … enable covers the lines between, for the ids named (several, comma or space separated)', () => {
    const text = `<!-- copydesk-disable quote.punctuation, attribution.loaded-verb -->\n\n${LOADED}\n\n${PUNCT}\n\n` +
      `<!-- copydesk-enable -->\n\n${PUNCT}\n`;
    const found = md(text).findings;
    assert.deepEqual(found.map((f) => f.rule), ['quote.punctuation']);
    assert.ok(found[0].start > text.indexOf('copydesk-enable'));
  });

  it('disable without enable runs to the end; enable of one id re-enables only it', () => {
    const text = `<!-- copydesk-disable -->\n\n${LOADED}\n\n<!-- copydesk-enable quote.punctuation -->\n\n${LOADED} ${PUNCT}\n`;
    assert.deepEqual(rules(text), ['quote.punctuation']);
  });

  it('stacked directives all cover the line after the stack', () => {
    const text = `<!-- copydesk-disable-next-line quote.punctuation -->\n<!-- copydesk-disable-next-line attribution.loaded-verb -->\n\n${LOADED} ${PUNCT}\n\n${LOADED}\n`;
    const found = md(text).findings;
    assert.deepEqual(found.map((f) => f.rule), ['attribution.loaded-verb']);
    assert.ok(found[0].start > text.lastIndexOf(LOADED) - 1);
  });

  it('many stacked directives are linear: 20,000 lines of them take well under a second', () => {
    const text = '<!-- copydesk-disable-next-line quote.punctuation -->\n'.repeat(20_000) + PUNCT + '\n';
    const article = parseArticle(text, 'plaintext');
    const started = Date.now();
    const directives = findDirectives(article);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
    assert.equal(directives.length, 10_000, 'capped');
  });

  it('a reason after " -- " is not read as rule ids', () => {
    const text = `<!-- copydesk-disable-next-line attribution.loaded-verb -- the court filing's word -->\n${LOADED}\n`;
    assert.deepEqual(rules(text), []);
    assert.deepEqual(findDirectives(parseArticle(text, 'markdown'))[0].rules, ['attribution.loaded-verb']);
  });

  it('a directive inside a code block, or a look-alike comment, does nothing', () => {
    assert.deepEqual(rules(`\`\`\`\n<!-- copydesk-disable -->\n\`\`\`\n\n${LOADED}\n`), ['attribution.loaded-verb']);
    assert.deepEqual(rules(`<!-- copydesk-disabled -->\n\n${LOADED}\n`), ['attribution.loaded-verb']);
    assert.deepEqual(rules(`<!-- a note: copydesk-disable -->\n\n${LOADED}\n`), ['attribution.loaded-verb']);
  });

  it('plain text and .news: the same comment, alone on its line', () => {
    for (const format of ['plaintext', 'news'] as const) {
      const text = `<!-- copydesk-disable-next-line attribution.loaded-verb -->\n${LOADED}\n${LOADED}\n`;
      assert.equal(analyse(text, { format }).findings.filter((f) => f.rule === 'attribution.loaded-verb').length, 1, format);
      // Inside a sentence it is not a directive: wire copy must say so on a line of its own.
      const inline = `<!-- copydesk-disable --> ${LOADED}\n${LOADED}\n`;
      assert.equal(analyse(inline, { format }).findings.filter((f) => f.rule === 'attribution.loaded-verb').length, 2, format);
    }
  });

  it('thousands of directives and findings stay fast and never throw', () => {
    const text = `<!-- copydesk-disable-next-line quote.punctuation -->\n${PUNCT}\n`.repeat(2000) + '<!-- copydesk-disable\n';
    const analysis = analyse(text, { format: 'plaintext', rules: { 'quote.punctuation': 'off' } });
    assert.equal(analysis.findings.filter((f) => f.rule === 'quote.punctuation').length, 0);
    // The suppression pass alone, over 2,000 findings (one per line) and 2,000 directives.
    const findings = Array.from({ length: 2000 }, (_, i) => {
      const start = text.indexOf('“', i * (text.length / 2001));
      return { rule: 'quote.punctuation', severity: 'warning' as const, message: '', start, end: start + 1, fixes: [], related: [] };
    });
    const started = Date.now();
    const kept = suppressFindings(findings, analysis.article);
    assert.ok(Date.now() - started < 500, `${Date.now() - started} ms`);
    assert.equal(kept.length, 0);
  });
});

describe('suppression: the accept list', () => {
  it('drops an attribution finding whose text is an accepted name, and keeps others', () => {
    const text = 'Mr. Smith arrived. Mr. Jones left.';
    const before = analyse(text).findings.filter((f) => f.rule === 'attribution.courtesy-title').map((f) => text.slice(f.start, f.end));
    assert.equal(before.length, 2, `baseline: ${JSON.stringify(before)}`);
    const after = analyse(text, { accept: { names: [before[0]] } }).findings.filter((f) => f.rule === 'attribution.courtesy-title');
    assert.deepEqual(after.map((f) => text.slice(f.start, f.end)), [before[1]]);
  });

  it('a name does not silence a quote rule, and a term does not silence an attribution rule', () => {
    const span = (() => {
      const f = analyse(LOADED).findings.find((x) => x.rule === 'attribution.loaded-verb')!;
      return LOADED.slice(f.start, f.end);
    })();
    assert.equal(analyse(LOADED, { accept: { terms: [span] } }).findings.filter((f) => f.rule === 'attribution.loaded-verb').length, 1);
  });

  it('is read from .copydesk.json, with a warning for a bad entry or an unknown key', () => {
    const { config, problems } = parseConfig('{ "accept": { "names": ["Majed Al Ansari", 3], "term": [] }, "percentStyle": "percent" }');
    assert.deepEqual(config.accept, { names: ['Majed Al Ansari'] });
    assert.equal(config.percentStyle, 'percent');
    assert.deepEqual(problems.map((p) => p.message.split(':')[0]), ['accept.names', 'accept.term']);
    assert.match(problems[1].message, /did you mean terms/);
    const options = toAnalysisOptions(config);
    assert.deepEqual(options.accept, { names: ['Majed Al Ansari'] });
    assert.equal(options.percentStyle, 'percent');
  });

  it('rejects a percentStyle that is neither % nor percent', () => {
    const { config, problems } = parseConfig('{ "percentStyle": "per cent" }');
    assert.equal(config.percentStyle, undefined);
    assert.equal(problems.length, 1);
  });
});

describe('suppression: "Ignore in this document"', () => {
  it('inserts a disable directive at the top of a Markdown body, after the front matter', () => {
    const text = `---\ndate: 2024-09-26\n---\n${LOADED}\n`;
    const article = parseArticle(text, 'markdown');
    const fixed = applyEdits(text, [ignoreRuleEdit(article, 'attribution.loaded-verb')]);
    assert.equal(fixed, `---\ndate: 2024-09-26\n---\n<!-- copydesk-disable attribution.loaded-verb -->\n\n${LOADED}\n`);
    assert.deepEqual(rules(fixed), []);
  });

  it('in plain text, on a line of its own, and the rule is then silent', () => {
    const text = `${LOADED}\n${LOADED}\n`;
    const fixed = applyEdits(text, [ignoreRuleEdit(parseArticle(text, 'plaintext'), 'attribution.loaded-verb')]);
    assert.equal(fixed.split('\n')[0], '<!-- copydesk-disable attribution.loaded-verb -->');
    assert.deepEqual(analyse(fixed, { format: 'plaintext' }).findings.map((f) => f.rule), []);
  });
});
