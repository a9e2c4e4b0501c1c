import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';

const RULE = 'attribution.anonymous-source';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);
const reported = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe(RULE, () => {
  it('reports a bare source, bare officials and people familiar with the matter', () => {
    const text = 'The talks stalled, a source said. Officials said the plan was dead. People familiar with the matter said it could return.';
    assert.deepEqual(reported(text), ['a source', 'Officials', 'People familiar with the matter']);
    assert.equal(findings(text)[0].severity, 'information');
  });

  it('reports “according to sources” and an inverted “said people familiar with”', () => {
    assert.deepEqual(reported('The deal is off, according to sources.'), ['sources']);
    assert.deepEqual(reported('The deal is off, said two people familiar with the talks.'), ['two people familiar with the talks']);
  });

  it('accepts a described source', () => {
    assert.deepEqual(findings('The talks stalled, a senior U.S. official said. State Department officials said the plan was dead.'), []);
    assert.deepEqual(findings('Officials in Kyiv said the plan was dead. A source close to the minister said it could return.'), []);
    assert.deepEqual(findings('Two officials briefed reporters. The officials said the plan was dead.'), []);
  });

  it('accepts a bare source when the article says why it is not named', () => {
    assert.deepEqual(findings('The talks stalled, a source said on condition of anonymity.'), []);
    assert.deepEqual(findings('Officials said the plan was dead. They were not authorized to speak publicly.'), []);
    assert.deepEqual(findings('A source said the plan was dead. The source asked not to be named.'), []);
  });

  it('accepts every kind of reason', () => {
    for (const reason of [
      'She spoke on condition that she not be identified.', 'He was not cleared to brief reporters.',
      'He was not allowed to be quoted.', 'She declined to be identified.', 'He preferred not to be named.',
      'She spoke on background.', 'He spoke anonymously.', 'She was granted anonymity.',
      'He spoke for fear of being identified.', 'She refused to give her full name.', 'He declined to give his names.',
    ]) assert.deepEqual(findings(`Officials said the plan was dead. ${reason}`), [], reason);
  });

  it('reads a reason across line breaks and runs of spaces, within a paragraph and from one into the next', () => {
    assert.deepEqual(findings('A source said the plan was dead.\n\nShe spoke on condition\nof  anonymity.'), []);
    assert.deepEqual(findings('A source said the plan was dead. The source asked not to be\n\nnamed in the report.'), []);
    assert.deepEqual(reported('A source said the plan was dead.\n\nShe spoke on condition\nof  trust.'), ['A source']);
  });

  it('does not report inside a quotation or other senses of “source”', () => {
    assert.deepEqual(findings('“Sources said it was over,” the mayor said.'), []);
    assert.deepEqual(findings('Oil is a source of income. Officials met on Friday.'), []);
    assert.deepEqual(findings('People familiar with the area know that the road floods.'), []);
  });
});
