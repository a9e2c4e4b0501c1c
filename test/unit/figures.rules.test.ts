import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const findings = (rule: string, text: string, options: AnalysisOptions = {}) =>
  analyse(text, options).findings.filter((f) => f.rule === rule);
const reported = (rule: string, text: string) => findings(rule, text).map((f) => text.slice(f.start, f.end));
const fixed = (rule: string, text: string) => applyEdits(text, findings(rule, text).flatMap((f) => f.fixes[0]?.edits ?? []));

describe('figures.parts-total', () => {
  const RULE = 'figures.parts-total';
  it('on the seed article: the 8 + 1 = 9 children against the 10 + 4 = 14 of the lead, and no conflict', () => {
    const text = readFileSync(path.join(__dirname, '../../seeds/000_3c9c0e3ffba93949.txt'), 'utf8');
    const all = analyse(text).findings;
    const found = all.filter((f) => f.rule === RULE);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'eight boys, ages 12 to 17, and one 17-year-old girl');
    assert.match(found[0].message, /8 \+ 1 = 9/);
    assert.match(found[0].message, /10 \+ 4 = 14/);
    assert.equal(text.slice(found[0].related[0].start, found[0].related[0].end), '10 Ukrainian and four Russian children');
    assert.deepEqual(all.filter((f) => f.rule === 'figures.conflict'), []);
  });

  it('reports a breakdown against a total for the same group and event', () => {
    const text = 'The attack killed 12 people. It killed seven men and four women, officials said.';
    const found = findings(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /7 \+ 4 = 11/);
  });

  it('is quiet when the parts add up, or are about another event or place', () => {
    assert.deepEqual(reported(RULE, 'The attack killed 11 people. It killed seven men and four women.'), []);
    assert.deepEqual(reported(RULE, 'The attack killed 12 people. It injured seven men and four women.'), []);
    assert.deepEqual(reported(RULE, 'The crashes killed 102 and 21 people respectively. The first killed 102 people.'), []);
  });
});

describe('figures.conflict', () => {
  const RULE = 'figures.conflict';
  it('reports two values for the same fact, with the other mention and a fix for each value', () => {
    const text = 'The flood killed 30 people on Monday.\nOfficials confirmed the flood killed 35 people on Monday.';
    const found = findings(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '35');
    assert.equal(text.slice(found[0].related[0].start, found[0].related[0].end), '30');
    assert.match(found[0].message, /line 1/);
    assert.deepEqual(found[0].fixes.map((f) => f.edits[0].newText), ['30', '35']);
  });

  it('hedges overlap, so they do not conflict: about 20,000 and 21,000', () => {
    assert.deepEqual(reported(RULE, 'They abducted about 20,000 children. They abducted 21,000 children.'), []);
  });

  it('different events, modifiers, anchors or subsets are different facts', () => {
    assert.deepEqual(reported(RULE, 'The raid killed 30 people. The raid injured 35 people.'), []);
    assert.deepEqual(reported(RULE, 'Qatar returned 10 Ukrainian children. Qatar returned four Russian children.'), []);
    assert.deepEqual(reported(RULE, 'In 2022 Qatar returned 10 children. In 2023 Qatar returned four children.'), []);
    assert.deepEqual(reported(RULE, 'Qatar returned 10 children. It returned four more children.'), []);
  });

  it('other places, other agents, other occurrences, running totals and other sources are not the same fact', () => {
    assert.deepEqual(reported(RULE, 'Israel’s attacks have killed 620 people. In Gaza, the attacks killed 40,000 people.'), []);
    assert.deepEqual(reported(RULE, 'Russian strikes killed 12 civilians. Ukrainian strikes killed 5 civilians.'), []);
    assert.deepEqual(reported(RULE, 'The strike killed five people. Another strike killed three people.'), []);
    assert.deepEqual(reported(RULE, 'Three people were killed. Two more died, bringing the toll to five people killed.'), []);
    assert.deepEqual(reported(RULE, 'The storm killed 30 people. Of those, 12 people died in their homes.'), []);
    assert.deepEqual(reported(RULE, 'Officials said 10 people died. Local media reported that 12 people died.'), []);
    assert.deepEqual(reported(RULE, 'Police arrested 20 people in the raid. Police also arrested 15 people.'), []);
    assert.deepEqual(reported(RULE, 'The firm employs 50,000 workers. At its peak it employed 60,000 workers.'), []);
  });
});

describe('figures.rounding-drift', () => {
  it('reports the same figure rounded two ways, as information', () => {
    const found = findings('figures.rounding-drift', 'They abducted about 20,000 children. They abducted 20,500 children.');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
  });
  it('is quiet on equal values', () => {
    assert.deepEqual(reported('figures.rounding-drift', 'They abducted about 20,000 children. They abducted about 20,000 children.'), []);
  });
});

describe('figures.percent-over-100', () => {
  const RULE = 'figures.percent-over-100';
  it('reports a share over 100%', () => {
    assert.deepEqual(reported(RULE, 'The party won 110% of the votes cast.'), ['110%']);
  });
  it('is quiet on a change: rose 150%, a 200% increase', () => {
    assert.deepEqual(reported(RULE, 'Profits rose 150% of last year’s level. It was a 200% increase of sales.'), []);
  });
});

describe('figures.number-style', () => {
  const RULE = 'figures.number-style';
  it('spells out one to nine and writes figures from 10', () => {
    assert.equal(fixed(RULE, 'Police arrested 4 men and twelve women.'), 'Police arrested four men and 12 women.');
  });
  it('millions keep the word; ordinals first to ninth are spelled, then 10th', () => {
    assert.equal(fixed(RULE, 'Over eight million phones sold.'), 'Over 8 million phones sold.');
    assert.equal(fixed(RULE, 'It was the 3rd and the tenth case.'), 'It was the third and the 10th case.');
  });
  it('leaves ages, percentages, money, measures, names and list markers in figures', () => {
    assert.deepEqual(reported(RULE, 'A 5-year-old boy paid $3 for 5% of a 2-mile road, No. 4, iPhone 4, (1) first.'), []);
  });
  it('inside a quotation: information, no fix', () => {
    const found = findings(RULE, '“We saw 4 tanks,” he said.');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.deepEqual(found[0].fixes, []);
  });
});

describe('figures.sentence-start', () => {
  const RULE = 'figures.sentence-start';
  it('spells out a figure at the start of a sentence when it is one or two words', () => {
    assert.equal(fixed(RULE, 'It rained. 12 people were hurt.'), 'It rained. Twelve people were hurt.');
  });
  it('asks to recast a long one, and excepts years and hedged numbers', () => {
    const found = findings(RULE, 'It rained. 144 planes were grounded.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes, []);
    assert.deepEqual(reported(RULE, '2023 was a record year. About 9,000 jobs went.'), []);
  });
});

describe('figures.percent-style', () => {
  const RULE = 'figures.percent-style';
  it('AP (default): 20% with a figure', () => {
    assert.equal(fixed(RULE, 'Sales rose 20 percent and six per cent.'), 'Sales rose 20% and 6%.');
  });
  it('with the house style “percent”: 20 percent', () => {
    const text = 'Sales rose 20%.';
    const found = findings(RULE, text, { percentStyle: 'percent' } as AnalysisOptions);
    assert.equal(applyEdits(text, found.flatMap((f) => f.fixes[0].edits)), 'Sales rose 20 percent.');
  });
  it('is quiet on copy already in style', () => {
    assert.deepEqual(reported(RULE, 'Sales rose 20%.'), []);
  });
});

describe('figures.range-style', () => {
  const RULE = 'figures.range-style';
  it('between 10-20 → between 10 and 20; from 10-20 → from 10 to 20', () => {
    assert.equal(fixed(RULE, 'It costs between 10-20 dollars, up from 5-8.'), 'It costs between 10 and 20 dollars, up from 5 to 8.');
  });
  it('repeats the unit in a money range', () => {
    assert.equal(fixed(RULE, 'It will cost $12 to $20 million.'), 'It will cost $12 million to $20 million.');
  });
  it('is quiet on a bare range and a full money range', () => {
    assert.deepEqual(reported(RULE, 'Ages 12-17 attend. It costs $12 million to $20 million.'), []);
  });
});
