import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { eventFamily } from '../../server/src/core/events';

const analysis = (text: string) => analyse(text).figures;
const fact = (text: string, written: string) => {
  const f = analysis(text).figures.find((x) => x.text === written);
  assert.ok(f, `no figure “${written}”`);
  return f;
};

describe('figures engine: facts', () => {
  it('ties a count to its noun through the class lexicon (girl → girls ⊂ children)', () => {
    assert.equal(fact('They found one 17-year-old girl.', 'one').counts, 'girls');
    assert.equal(fact('Qatar reunited up to 48 children with their families.', 'up to 48').counts, 'children');
    assert.equal(fact('The bank will cut 4,000 jobs.', '4,000').counts, 'jobs');
  });

  it('keeps modifiers and a place: Ukrainian children, jobs in France', () => {
    assert.deepEqual(fact('Moscow abducted about 20,000 Ukrainian children.', 'about 20,000').modifiers, ['ukrainian']);
    assert.deepEqual(fact('The firm will cut 4,300 jobs in France.', '4,300').modifiers, ['in france']);
    assert.deepEqual(fact('Qatar returned four children from Russia.', 'four').modifiers, ['from russia']);
  });

  it('distributes an elided head over coordinated parts: 10 Ukrainian and four Russian children → 14', () => {
    const result = analysis('Qatar facilitated the reunification of 10 Ukrainian and four Russian children with their families.');
    assert.equal(result.figures[0].counts, 'children');
    assert.deepEqual(result.figures[0].modifiers, ['ukrainian']);
    assert.equal(result.breakdowns.length, 1);
    assert.equal(result.breakdowns[0].sum, 14);
    assert.equal(result.breakdowns[0].counts, 'children');
  });

  it('a breakdown over subclasses takes their common class, past an age range: boys + girl = 9 children', () => {
    const result = analysis('There are eight boys, ages 12 to 17, and one 17-year-old girl.');
    assert.equal(result.breakdowns.length, 1);
    assert.deepEqual([result.breakdowns[0].sum, result.breakdowns[0].counts], [9, 'children']);
  });

  it('“respectively” makes a list, not a breakdown', () => {
    assert.equal(analysis('The crashes killed 102 and 21 people respectively.').breakdowns.length, 0);
  });

  it('the event is the nearest event word, never a reporting verb', () => {
    const f = fact('Kyiv has accused Moscow of abducting about 20,000 Ukrainian children.', 'about 20,000');
    assert.equal(f.event, 'abduct');
    assert.equal(fact('Ukraine says fewer than 400 children have been returned.', 'fewer than 400').event, 'return');
    assert.equal(eventFamily('said'), null);
    assert.equal(eventFamily('accused'), null);
    assert.equal(eventFamily('repatriation'), eventFamily('reunited'));
    assert.notEqual(eventFamily('deported'), eventFamily('returned'));
  });

  it('anchors a count in time: since July 2023', () => {
    // From the dates engine when it has run ("since 2023-07"), else read from the sentence.
    assert.match(fact('Since July 2023, Qatar has helped to reunite up to 48 children.', 'up to 48').anchor ?? '', /^since (?:july 2023|2023-07)$/);
    assert.equal(fact('Qatar has helped to reunite up to 48 children.', 'up to 48').anchor, null);
  });

  it('equal keys for the same fact; none for increments, subsets and unknown nouns', () => {
    const a = fact('Police arrested 12 protesters in the square.', '12');
    assert.equal(a.key, null); // "protesters" is not a class of the lexicon
    assert.equal(fact('Police arrested four more people.', 'four').key, null);
    assert.equal(fact('Fewer than 400 of these children have been returned.', 'Fewer than 400').key, null);
    const b = fact('The attack killed 30 people.', '30');
    assert.equal(b.key, 'people||kill|');
  });
});
