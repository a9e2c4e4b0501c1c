import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';

const RULE = 'attribution.unintroduced-name';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);

describe(RULE, () => {
  it('reports a surname before the full name, pointing at the introduction', () => {
    const text = 'Ortega said the vote was close. Council member Luis Ortega, who voted against the plan, left early.';
    const [finding, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'Ortega');
    assert.equal(finding.start, 0);
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.related.length, 1);
    assert.equal(text.slice(finding.related[0].start, finding.related[0].end), 'Luis Ortega');
  });

  it('reports a person once, however often the surname comes first', () => {
    const text = 'Ortega said the vote was close. Ortega left. Council member Luis Ortega, who voted against it, spoke.';
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /1 more time/);
  });

  it('accepts the surname after the full name', () => {
    assert.deepEqual(findings('Council member Luis Ortega, who voted against the plan, left early. Ortega said it was close.'), []);
  });

  it('does not take a name used as a modifier for a reference to the person', () => {
    assert.deepEqual(findings('The Ortega plan failed on Tuesday. Council member Luis Ortega said it would return.'), []);
  });

  it('does not count a headline or a quotation', () => {
    assert.deepEqual(findings('Ortega quits\nCouncil member Luis Ortega, who voted against the plan, left early.'), []);
    assert.deepEqual(findings('“Ortega is right about the roads,” Mayor Dana Whitfield said. Council member Luis Ortega agreed.'), []);
  });
});
