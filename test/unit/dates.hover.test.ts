import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { dateCardAt, distance } from '../../server/src/lsp/dateHover';

const TEXT = 'On October 16, 2023, Qatar facilitated the first repatriation. It resumed yesterday.';
const at = (text: string, word: string) => text.indexOf(word) + 1;

describe('dates: the date card (hover)', () => {
  it('shows the ISO value, weekday, precision and distance from publication', () => {
    const card = dateCardAt(analyse(TEXT, { publicationDate: '2024-09-26' }), at(TEXT, 'October'))!;
    assert.match(card.markdown, /DATE `2023-10-16` · Monday/);
    assert.match(card.markdown, /Precision: a day/);
    assert.match(card.markdown, /346 days before publication \(2024-09-26, from the setting\)/);
    assert.equal(TEXT.slice(card.span.start, card.span.end), 'October 16, 2023');
  });

  it('says plainly when there is no publication date, and how to set one', () => {
    const analysis = analyse(TEXT);
    assert.match(dateCardAt(analysis, at(TEXT, 'October'))!.markdown, /No publication date, so no distance.*date: YYYY-MM-DD.*Set Publication Date/s);
    assert.match(dateCardAt(analysis, at(TEXT, 'yesterday'))!.markdown, /could not be resolved/);
  });

  it('names the part of a period, with its days when the year is known', () => {
    const text = 'In mid-May they met.';
    assert.match(dateCardAt(analyse(text, { publicationDate: '2024-09-26' }), at(text, 'May'))!.markdown, /mid part: 2024-05-\d\d to 2024-05-\d\d/);
    // No publication date: no year, so no days, and no crash (the bench's hovers met one).
    assert.match(dateCardAt(analyse(text), at(text, 'May'))!.markdown, /mid part(?!:)/);
  });

  it('is null off a date', () => {
    assert.equal(dateCardAt(analyse(TEXT, { publicationDate: '2024-09-26' }), at(TEXT, 'Qatar')), null);
  });

  it('counts distances over a leap day and for ranges', () => {
    assert.equal(distance({ first: '2024-02-28', last: '2024-02-28' }, '2024-03-01'), '2 days before publication');
    assert.equal(distance({ first: '2023-07-01', last: '2023-07-31' }, '2024-09-26'), '423 to 453 days before publication');
    assert.equal(distance({ first: '2024-09-26', last: '2024-09-26' }, '2024-09-26'), 'The publication day');
  });
});
