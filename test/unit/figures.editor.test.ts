import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';
import { consistentEdits } from '../../server/src/core/figures/consistent';
import { figureSumHints } from '../../server/src/core/figures/hints';
import { LineIndex } from '../../server/src/core/positions';
import { formatExtractJson } from '../../server/src/cli/format-json';
import { figureCardAt } from '../../server/src/lsp/figureHover';

const LEAD = 'Qatar facilitated the reunification of 10 Ukrainian and four Russian children with their families.';

describe('figures in the editor and the CLI', () => {
  it('hover: value, what it counts, the breakdown and its sum', () => {
    const analysis = analyse(LEAD);
    const card = figureCardAt(analysis, new LineIndex(LEAD), LEAD.indexOf('10'));
    assert.ok(card);
    assert.match(card.markdown, /count: 10/);
    assert.match(card.markdown, /Counts \*\*ukrainian children\*\*/);
    assert.match(card.markdown, /10 \+ 4 = \*\*14\*\* children/);
    assert.equal(figureCardAt(analysis, new LineIndex(LEAD), LEAD.indexOf('Qatar')), null);
  });

  it('hover: every other mention of the same fact with its line, and the interval of a hedge', () => {
    const text = 'The flood killed about 30 people.\nThe flood killed 35 people.';
    const card = figureCardAt(analyse(text), new LineIndex(text), text.indexOf('30'));
    assert.ok(card);
    assert.match(card.markdown, /interval \[27, 33\]/);
    assert.match(card.markdown, /line 2: “35”/);
  });

  it('inlay hint: the sum after the last part of a breakdown', () => {
    const hints = figureSumHints(analyse(LEAD));
    assert.equal(hints.length, 1);
    assert.equal(hints[0].label, ' = 14');
    assert.equal(hints[0].offset, LEAD.indexOf('children') + 'children'.length);
    assert.deepEqual(figureSumHints(analyse('The flood killed 30 people.')), []);
  });

  it('code action: make all mentions of a figure consistent, leaving quotations alone', () => {
    const text = 'The flood killed 30 people.\nThe flood killed 35 people.\n“The flood killed 40 people,” he said.';
    const analysis = analyse(text);
    const result = consistentEdits(analysis, text.indexOf('30'));
    assert.ok(result);
    assert.equal(applyEdits(text, result.edits), text.replace('35', '30'));
    assert.equal(consistentEdits(analysis, text.indexOf('flood')), null);
  });

  it('copydesk extract: figures in the contract’s shape', () => {
    const text = 'Qatar helped to reunite up to 48 children. Sales rose 3.1%.';
    const json = JSON.parse(formatExtractJson([{ path: 'a.txt', file: null, text, analysis: analyse(text) } as never]));
    const figures = json.files[0].figures;
    assert.deepEqual(Object.keys(figures[0]), ['start', 'end', 'text', 'value', 'low', 'high', 'kind', 'unit', 'counts', 'key']);
    assert.deepEqual([figures[0].text, figures[0].low, figures[0].high, figures[0].counts], ['up to 48', 0, 48, 'children']);
    assert.deepEqual([figures[1].kind, figures[1].unit, figures[1].counts, figures[1].key], ['percent', '%', null, null]);
  });
});
