import { strict as assert } from 'assert';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const findings = (rule: string, text: string, options: AnalysisOptions = {}) =>
  analyse(text, options).findings.filter((f) => f.rule === rule);
const fixed = (rule: string, text: string, options: AnalysisOptions = {}) =>
  applyEdits(text, findings(rule, text, options).flatMap((f) => f.fixes[0]?.edits ?? []));

describe('quote.unbalanced', () => {
  it('reports an opening mark never closed in its paragraph', () => {
    const text = '“We will stay, he said.\nThe talks went on.';
    const [finding] = findings('quote.unbalanced', text);
    assert.equal(finding.start, 0);
    assert.match(finding.message, /never closed/);
  });

  it('reports a closing mark with no opener', () => {
    const [finding] = findings('quote.unbalanced', 'We will stay,” he said.');
    assert.equal(finding.start, 'We will stay,'.length);
    assert.match(finding.message, /no opening mark/);
  });

  it('accepts AP running quotes and apostrophes', () => {
    assert.deepEqual(findings('quote.unbalanced', '“It goes on.\n“And ends,” she said of Ukraine’s ’90s.'), []);
  });
});

describe('quote.misoriented', () => {
  it('reports ” where a quotation opens, fixing it and the stray space', () => {
    assert.equal(fixed('quote.misoriented', 'to fight until ” the goals are achieved.”'), 'to fight until “the goals are achieved.”');
  });

  it('reports “ where a quotation closes', () => {
    const text = '“We will stay,“ he said.';
    const [finding] = findings('quote.misoriented', text);
    assert.equal(finding.start, text.indexOf('“', 1));
    assert.equal(fixed('quote.misoriented', text), '“We will stay,” he said.');
  });

  it('reports an apostrophe facing the wrong way', () => {
    assert.equal(fixed('quote.misoriented', 'Music of the ‘90s.'), 'Music of the ’90s.');
  });

  it('reports it as misoriented, not also as unbalanced', () => {
    assert.deepEqual(findings('quote.unbalanced', 'until ” the goals are achieved.”'), []);
  });

  it('leaves correct marks and German quotes alone', () => {
    assert.deepEqual(findings('quote.misoriented', '“We will,” he said. He said „nein“ in Berlin.'), []);
  });

  it('does not guess when a ” with a space could close an open quote', () => {
    assert.deepEqual(findings('quote.misoriented', '“We will ” stay.”'), []);
  });
});

describe('quote.nesting', () => {
  it('reports a double-marked quote inside a double-marked quotation and fixes it to single marks', () => {
    const text = '“They called it “a disaster” and left,” she said.';
    assert.equal(findings('quote.nesting', text).length, 1);
    assert.equal(fixed('quote.nesting', text), '“They called it ‘a disaster’ and left,” she said.');
  });

  it('fixes straight marks to straight single marks', () => {
    assert.equal(fixed('quote.nesting', '"They called it "a disaster" and left," she said.'), `"They called it 'a disaster' and left," she said.`);
  });

  it('leaves single marks inside double alone', () => {
    assert.deepEqual(findings('quote.nesting', '“They called it ‘a disaster’ and left,” she said.'), []);
  });

  it('does not call an unclosed quote before a new one nesting', () => {
    assert.deepEqual(findings('quote.nesting', '“We will stay. “Soon,” he said.'), []);
  });
});

describe('quote.mixed-style', () => {
  it('reports the minority style, with the right curly mark as the fix', () => {
    const text = '“We will,” he said. “Soon,” she said. "Maybe," they said.';
    assert.equal(fixed('quote.mixed-style', text), '“We will,” he said. “Soon,” she said. “Maybe,” they said.');
  });

  it('counts apostrophes too', () => {
    const [finding] = findings('quote.mixed-style', '“We’re here,” he said. “We’ll stay,” she said. It\'s done.');
    assert.equal(finding.fixes[0].edits[0].newText, '’');
  });

  it('stays silent when one style is used throughout', () => {
    assert.deepEqual(findings('quote.mixed-style', '"We will," he said. It\'s done.'), []);
  });

  it('follows a configured house style', () => {
    assert.equal(fixed('quote.mixed-style', '“We will,” he said.', { quoteStyle: 'straight' }), '"We will," he said.');
  });

  it('counts misoriented curly marks as curly, so turning them round cannot flip the majority', () => {
    // Three misoriented pairs and one right pair are curly (8) against two straight pairs (4).
    const text = 'He called it ”a“ and ”b“ and ”c“ then "d" and "e" and “f” too.';
    const reported = findings('quote.mixed-style', text).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(reported, ['"', '"', '"', '"']);
  });

  it('does not report a misoriented mark itself (quote.misoriented does)', () => {
    const text = 'He said ”yes“ and "no" and "maybe" and "never".';
    assert.ok(findings('quote.mixed-style', text).every((f) => text[f.start] !== '”' && text[f.start] !== '“'));
  });
});

describe('quote.punctuation', () => {
  it('moves a comma or period inside the closing mark', () => {
    assert.equal(fixed('quote.punctuation', 'He called it “a disaster”, then “a farce”.'), 'He called it “a disaster,” then “a farce.”');
  });

  it('leaves punctuation already inside, semicolons and question marks alone', () => {
    assert.deepEqual(findings('quote.punctuation', 'He said “no.” She asked “why?”. It was “final”; done.'), []);
  });

  it('skips headlines, which follow headline style', () => {
    assert.deepEqual(findings('quote.punctuation', '## Leader calls talks ‘a farce’, aides say\n\nText.', { format: 'markdown' }), []);
  });
});

describe('findings cap', () => {
  it('lists at most 500 findings of a rule, then one that counts the rest', () => {
    const text = Array.from({ length: 700 }, (_, i) => `Line ${i} ends badly,”`).join('\n');
    const unbalanced = findings('quote.unbalanced', text);
    assert.equal(unbalanced.length, 501);
    assert.match(unbalanced[500].message, /^200 more quote\.unbalanced problems/);
  });

  it('lists every finding below the cap', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Line ${i} ends badly,”`).join('\n');
    assert.equal(findings('quote.unbalanced', text).length, 20);
  });
});
