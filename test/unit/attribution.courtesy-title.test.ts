import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const RULE = 'attribution.courtesy-title';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);
const fixed = (text: string) => applyEdits(text, findings(text).flatMap((f) => f.fixes[0]?.edits ?? []));

describe(RULE, () => {
  it('reports Mr., Mrs. and Ms. before a name and removes them', () => {
    const text = 'Mayor Dana Whitfield spoke first. Mr. Whitfield said the budget was fine, and Mrs. Nair agreed with Ms. Ortega.';
    const found = findings(text);
    assert.equal(found.length, 3);
    assert.equal(found[0].severity, 'information');
    assert.equal(fixed(text), 'Mayor Dana Whitfield spoke first. Whitfield said the budget was fine, and Nair agreed with Ortega.');
  });

  it('reports British Mr and Ms without a period', () => {
    assert.equal(fixed('According to Mr Howard, the plant will stay. Ms Nair agreed.'), 'According to Howard, the plant will stay. Nair agreed.');
  });

  it('reports Miss only before a person the article names', () => {
    assert.equal(fixed('Jane Marple said she had retired. Miss Marple said she would travel.'), 'Jane Marple said she had retired. Marple said she would travel.');
    assert.deepEqual(findings('Miss America spoke at the gala.'), []);
  });

  it('does not report inside a quotation, before a title, or without a name', () => {
    assert.deepEqual(findings('“Mr. Whitfield is right,” the mayor said.'), []);
    assert.deepEqual(findings('Mr. President, the crowd shouted. Mr. Speaker called the vote. Mrs. and Mr. are titles.'), []);
  });

  it('reports “Mr. and Mrs.” without a fix that would garble it', () => {
    const [finding, ...rest] = findings('Mr. and Mrs. Smith arrived late.');
    assert.equal(rest.length, 0);
    assert.deepEqual(finding.fixes, []);
  });
});
