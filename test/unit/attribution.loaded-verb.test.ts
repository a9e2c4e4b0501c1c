import { strict as assert } from 'assert';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const RULE = 'attribution.loaded-verb';
const findings = (text: string, options: AnalysisOptions = {}) => analyse(text, options).findings.filter((f) => f.rule === RULE);
const fixed = (text: string) => applyEdits(text, findings(text).flatMap((f) => f.fixes[0]?.edits ?? []));
const reported = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe(RULE, () => {
  it('reports “claims” with the fix “says”, and not the noun “claim”', () => {
    const text = 'Ukraine claims that fewer than 400 of these children have been returned, a claim that Russia denies, ' +
      'stating that it has relocated the children from war zones.';
    const found = findings(text);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['claims']);
    assert.equal(found[0].severity, 'information');
    assert.equal(found[0].fixes[0].edits[0].newText, 'says');
    assert.equal(fixed(text), text.replace('Ukraine claims', 'Ukraine says'));
  });

  it('keeps the tense: admitted → said, insisting → saying, has claimed → has said', () => {
    assert.equal(fixed('Whitfield admitted that the plan had failed.'), 'Whitfield said that the plan had failed.');
    assert.equal(fixed('Mayor Dana Whitfield spoke, insisting that the money was there.'), 'Mayor Dana Whitfield spoke, saying that the money was there.');
    assert.equal(fixed('Apple has claimed that the phone is faster.'), 'Apple has said that the phone is faster.');
  });

  it('fixes the two-word “pointed out” to “said”', () => {
    const text = 'The minister pointed out that the talks had stalled.';
    assert.deepEqual(reported(text), ['pointed out']);
    assert.equal(fixed(text), 'The minister said that the talks had stalled.');
  });

  it('reports a loaded verb attributing a quotation, inverted or not', () => {
    assert.deepEqual(reported('“We will rebuild,” Whitfield insisted.'), ['insisted']);
    assert.deepEqual(reported('“It is over,” conceded the mayor.'), ['conceded']);
    assert.deepEqual(reported('She admitted she was worried about the vote.'), ['admitted']);
  });

  it('leaves “said”, “alleged” and other senses of the same words alone', () => {
    assert.deepEqual(findings('The mayor said that the plan had failed. Prosecutors alleged that he took bribes.'), []);
    assert.deepEqual(findings('It claimed responsibility for the attack. The company maintained its lead.'), []);
    assert.deepEqual(findings('He was admitted to hospital. It was revealed that the mayor had resigned.'), []);
    assert.deepEqual(findings('Boeing revealed a new jet on Tuesday. The mayor insisted on a review.'), []);
    assert.deepEqual(findings('Russia’s claims that the children were relocated are disputed.'), []);
  });

  it('does not offer “said” where the verb has an object ("slammed the decision as “…”")', () => {
    assert.deepEqual(findings('Mayor Dana Whitfield slammed the decision as “a disgrace for the whole city.”'), []);
  });

  it('does not report inside a quotation or a headline', () => {
    assert.deepEqual(findings('“Ukraine claims that it won, and we admitted that we lost,” the spokesman said.'), []);
    assert.deepEqual(findings('Mayor admits that budget failed\nThe mayor spoke on Friday.'), []);
  });

  it('is off when configured off', () => {
    assert.deepEqual(findings('Whitfield admitted that the plan had failed.', { rules: { [RULE]: 'off' } }), []);
  });
});
