import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';

const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === 'quote.misoriented');

describe('quote.misoriented', () => {
  it('reports a closing mark that opens a quotation, and drops the stray space in its fix', () => {
    const text = 'He pledged to fight until ” the goals of the war are achieved.”';
    const [finding] = findings(text);
    assert.equal(text.slice(finding.start, finding.end), '”');
    assert.deepEqual(finding.fixes[0].edits, [{ start: 26, end: 28, newText: '“' }]);
  });

  it('leaves a well-formed quotation alone', () => {
    assert.deepEqual(findings('He said “the goals of the war are achieved.”'), []);
  });
});
