import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';

const RULE = 'attribution.unattributed-quote';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);
const reported = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe(RULE, () => {
  it('reports a direct quotation of four or more words with no speaker', () => {
    const text = 'The crowd was quiet.\n“We will not give up on the children of this country.”';
    const [finding, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), '“We will not give up on the children of this country.”');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /No speaker/);
    assert.match(finding.explanation ?? '', /explicit/);
    assert.match(finding.explanation ?? '', /according to/);
    assert.match(finding.explanation ?? '', /running quote/);
  });

  it('says so when a name follows the quotation but no reporting verb', () => {
    const [finding] = findings('Sales fell. “The typical incentive programs simply do not work,” Jesse Toprak, an analyst for Edmunds.');
    assert.match(finding.message, /followed by “Jesse Toprak” but no reporting verb/);
  });

  it('accepts quotations attributed by a verb and subject, according to, or a running quote', () => {
    assert.deepEqual(findings('“We will rebuild every school that burned,” Mayor Dana Whitfield said.'), []);
    assert.deepEqual(findings('Dana Whitfield said: “We will rebuild every school that burned.”'), []);
    assert.deepEqual(findings('“The schools will reopen in the spring,” according to Mayor Dana Whitfield.'), []);
    assert.deepEqual(findings('“We will rebuild every school,” Mayor Dana Whitfield said.\n“And we will pay for it ourselves.”'), []);
  });

  it('does not report scare quotes, titles or short quotations', () => {
    assert.deepEqual(findings('He called it “a disgrace.” The “Back to the Mac” event. The “new normal” began.'), []);
  });

  it('does not report quotations of a sign or a document named in the sentence', () => {
    assert.deepEqual(findings('The sign read “No entry after dark for anyone.”'), []);
    assert.deepEqual(findings('The Act gives the Treasury permission “to deal in gold and foreign exchange.”'), []);
  });

  it('does not report a quotation with a reporting verb next to it, or right after its speaker’s sentence', () => {
    assert.deepEqual(findings('The analyst was blunt, saying, “This was not a competitive bid process.”'), []);
    assert.deepEqual(findings('Chairman Dieter Zetsche denied the reports. “We do not exclude any option at all.”'), []);
    assert.deepEqual(findings('“We will fight for every school in this city.” That was the message from Mayor Dana Whitfield.'), []);
  });

  it('does not report a quotation in a headline, or one never closed', () => {
    assert.deepEqual(reported('“We will not give up on them” says mayor\nThe mayor spoke.'), []);
    assert.deepEqual(findings('The crowd was quiet.\n“We will not give up on the children of this country.'), []);
  });
});
