import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const RULE = 'attribution.repeated-full-name';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);
const fixed = (text: string) => applyEdits(text, findings(text).flatMap((f) => f.fixes[0]?.edits ?? []));

describe(RULE, () => {
  it('reports the full name on a later reference, with the surname as the fix', () => {
    const text = 'Mayor Dana Whitfield spoke first. Later Dana Whitfield said the budget was fine.';
    const [finding, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'Dana Whitfield');
    assert.equal(finding.start, text.lastIndexOf('Dana Whitfield'));
    assert.equal(finding.severity, 'hint');
    assert.equal(text.slice(finding.related[0].start, finding.related[0].end), 'Dana Whitfield');
    assert.equal(fixed(text), 'Mayor Dana Whitfield spoke first. Later Whitfield said the budget was fine.');
  });

  it('keeps a possessive and a particle surname', () => {
    assert.equal(fixed('Spokesperson Majed Al Ansari spoke. It was Majed Al Ansari’s last briefing.'),
      'Spokesperson Majed Al Ansari spoke. It was Al Ansari’s last briefing.');
  });

  it('accepts the surname on later references', () => {
    assert.deepEqual(findings('Mayor Dana Whitfield spoke first. Later Whitfield said the budget was fine.'), []);
  });

  it('is quiet when two people share the surname', () => {
    assert.deepEqual(findings('Mayor Dana Whitfield spoke. Council member Jo Whitfield, her sister, agreed. Dana Whitfield left.'), []);
  });

  it('does not count headlines or quotations', () => {
    assert.deepEqual(findings('Dana Whitfield wins the vote\nMayor Dana Whitfield won on Friday.'), []);
    assert.deepEqual(findings('Mayor Dana Whitfield spoke. “Dana Whitfield is right,” Ortega said.'), []);
  });
});
