import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const RULE = 'style.time';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);
const fixed = (text: string) => applyEdits(text, findings(text).flatMap((f) => f.fixes[0]?.edits ?? []));

describe(RULE, () => {
  it('fixes “3:00 p.m.”, “3pm”, “3 PM”, “3.30pm” and “10 a.m” to AP style', () => {
    assert.equal(fixed('The vote is at 3:00 p.m. on Monday.'), 'The vote is at 3 p.m. on Monday.');
    assert.equal(fixed('The vote is at 3pm on Monday.'), 'The vote is at 3 p.m. on Monday.');
    assert.equal(fixed('The vote is at 3 PM on Monday.'), 'The vote is at 3 p.m. on Monday.');
    assert.equal(fixed('Doors open at 3.30pm.'), 'Doors open at 3:30 p.m.');
    assert.equal(fixed('It began at 10 a.m and ended late.'), 'It began at 10 a.m. and ended late.');
    const found = findings('The vote is at 3pm on Monday.');
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /“3pm”: .*“3 p\.m\.”/);
  });

  it('writes noon and midnight for 12 p.m., 12 a.m. and “12 noon”', () => {
    assert.equal(fixed('It starts at 12 p.m. and ends at 12:00 a.m. today.'), 'It starts at noon and ends at midnight today.');
    assert.equal(fixed('Lunch is at 12 noon.'), 'Lunch is at noon.');
  });

  it('gives a range within one half of the day one a.m. or p.m.', () => {
    assert.equal(fixed('Polls are open 9 a.m. to 11 a.m. on Sunday.'), 'Polls are open 9 to 11 a.m. on Sunday.');
    assert.equal(fixed('Polls are open 9am-11am on Sunday.'), 'Polls are open 9-11 a.m. on Sunday.');
  });

  it('leaves AP times, ranges across noon, 24-hour clocks and other numbers alone', () => {
    assert.deepEqual(findings('At 3 p.m., 3:30 a.m., noon and midnight; 9 a.m. to 5 p.m.; at 15:00 UTC; 12 PMs; Psalm 23.'), []);
    assert.deepEqual(findings('He was 13 pm and scored 3:00 in the race, at 25 a.m.'), []);
  });

  it('inside a quotation: information, and no fix; headlines are skipped', () => {
    const found = findings('Vote at 3pm Monday\n“We meet at 3pm,” she said.');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.deepEqual(found[0].fixes, []);
  });
});
