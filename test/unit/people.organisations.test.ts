// The organisation table (core/people/organisations.ts): long forms of abbreviations and named runs,
// read line by line and joined where a run or a definition crosses a line break.

import { strict as assert } from 'assert';
import { IncrementalState, withIncremental } from '../../server/src/core/incremental';
import { OrganisationNames } from '../../server/src/core/people/organisations';

describe('organisation names', () => {
  it('reads a run of capitalised words across a line break', () => {
    const names = new OrganisationNames('They sold General\nMotors stock.\n\nGM said it would recover.');
    assert.equal(names.canonical('GM'), 'General\nMotors');
  });

  it('reads a definition whose long form starts lines before the abbreviation', () => {
    const names = new OrganisationNames('A statement from the Ministry of\n\nDefence (MINDEF) followed.\n\nMINDEF said so.');
    assert.equal(names.canonical('MINDEF'), 'Ministry of\n\nDefence');
  });

  it('does not join a run across a line that ends in a point', () => {
    const names = new OrganisationNames('He met Smith.\nMotors were sold. General Mills (GM) said.');
    assert.equal(names.canonical('GM'), 'General Mills');
    assert.equal(names.canonical('SM'), 'SM');
  });

  it('finds the latest run before an offset that has the noun', () => {
    const text = 'The Library Workers Union met.\n\nThe Teachers Union\nvoted. Then the union said no.';
    const names = new OrganisationNames(text);
    assert.equal(names.namedBefore('union', text.indexOf('the union')), 'Teachers Union');
    assert.equal(names.namedBefore('union', text.indexOf('The Teachers')), 'Library Workers Union');
  });

  it('answers the same in an incremental analysis, line results moved', () => {
    const state = new IncrementalState();
    const before = 'Intro line.\n\nThey sold General\nMotors stock.\n\nThe Bank of America (BofA) said.';
    const after = `Intro line, longer now.${before.slice('Intro line.'.length)}`;
    for (const text of [before, after]) {
      const fresh = new OrganisationNames(text);
      withIncremental(state, () => {
        const memoised = new OrganisationNames(text);
        for (const abbreviation of ['GM', 'BofA', 'BA']) assert.equal(memoised.canonical(abbreviation), fresh.canonical(abbreviation));
        for (let offset = 0; offset <= text.length; offset += 5) assert.equal(memoised.namedBefore('bank', offset), fresh.namedBefore('bank', offset));
      });
    }
  });
});
