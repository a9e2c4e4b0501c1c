import { strict as assert } from 'assert';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { parseConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/finding';
import { toAnalysisOptions } from '../../server/src/configFile';

const RULE = 'style.variant';
const findings = (text: string, options: AnalysisOptions = {}) => analyse(text, options).findings.filter((f) => f.rule === RULE);
const reported = (text: string, options: AnalysisOptions = {}) => findings(text, options).map((f) => text.slice(f.start, f.end));
const fixed = (text: string, options: AnalysisOptions = {}) => applyEdits(text, findings(text, options).flatMap((f) => f.fixes[0]?.edits ?? []));

describe(RULE, () => {
  it('reports the minority form with the fix to the majority: cease-fire / ceasefire', () => {
    const text = 'Talks on a ceasefire resumed.\nThe cease-fire held overnight.\nA ceasefire in Lebanon is next.';
    const found = findings(text);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['cease-fire']);
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /“ceasefire” twice, first on line 1/);
    assert.equal(fixed(text), text.replace('cease-fire', 'ceasefire'));
  });

  it('on a tie the first form wins, and the fix keeps a capital: Kiev → Kyiv', () => {
    const text = 'Kyiv was quiet on Monday.\nOfficials in Kiev said so.';
    assert.deepEqual(reported(text), ['Kiev']);
    assert.equal(fixed('The e-mail came first.\nEmail is how they talk. A second email followed.'),
      'The email came first.\nEmail is how they talk. A second email followed.');
  });

  it('finds a hyphenated word and its closed form, and -ise / -ize, without a list', () => {
    assert.deepEqual(reported('The narrowbody market grew.\nA narrow-body jet.\nNarrowbody orders rose.'), ['narrow-body']);
    assert.deepEqual(reported('They will organize a vote.\nThey organise it yearly. Workers organize.'), ['organise']);
  });

  it('leaves words that differ in meaning alone: spokesman / spokesperson, re-sign / resign', () => {
    assert.deepEqual(reported('The spokesman spoke.\nThe spokesperson agreed.'), []);
    assert.deepEqual(reported('He will re-sign the contract.\nShe will resign.'), []);
    assert.deepEqual(reported('The ceasefire held.\nThe ceasefire is fragile.'), []);
  });

  it('follows the house list (style.preferred), even for a lone form', () => {
    const options = toAnalysisOptions(parseConfig('{ "style": { "preferred": { "cease-fire": ["ceasefire", "cease fire"] } } }').config);
    const text = 'The ceasefire held.\nA cease fire is near.';
    assert.deepEqual(reported(text, options), ['ceasefire', 'cease fire']);
    assert.equal(fixed(text, options), 'The cease-fire held.\nA cease-fire is near.');
    assert.match(findings(text, options)[0].message, /house spelling is “cease-fire”/);
  });

  it('inside a quotation: reported, but never fixed; headlines are skipped', () => {
    const text = 'Ceasefire talks stall\nThe cease-fire held.\n“The ceasefire is fragile,” he said. A cease-fire is near.';
    const found = findings(text);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['ceasefire']);
    assert.deepEqual(found[0].fixes, []);
    assert.equal(found[0].severity, 'information');
  });
});
