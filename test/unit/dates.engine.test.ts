import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import type { DateMention } from '../../server/src/core/dates';
import { relativeDateHints } from '../../server/src/core/dates/hints';

// Publication date pinned: Thursday, Sept. 26, 2024 (2024 is a leap year).
const PUBLISHED = '2024-09-26';
const dates = (text: string, publicationDate: string | null = PUBLISHED): DateMention[] =>
  analyse(text, { publicationDate }).dates.dates;
const one = (text: string, publicationDate: string | null = PUBLISHED) => {
  const found = dates(text, publicationDate);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0];
};
const values = (text: string, publicationDate: string | null = PUBLISHED) => dates(text, publicationDate).map((d) => [d.text, d.value]);

describe('dates engine', () => {
  describe('full dates', () => {
    it('reads "October 16, 2023" as 2023-10-16, a Monday, whatever the publication date', () => {
      const d = one('On October 16, 2023, Qatar facilitated the first repatriation.');
      assert.equal(d.text, 'October 16, 2023');
      assert.deepEqual([d.type, d.value, d.weekday, d.precision, d.form, d.since], ['DATE', '2023-10-16', 'Monday', 'day', 'full', false]);
      assert.equal(one('On October 16, 2023, it began.', null).value, '2023-10-16');
    });

    it('reads AP, day-first and ordinal forms', () => {
      assert.deepEqual(values('It opened Sept. 26, 2024, in Doha.'), [['Sept. 26, 2024', '2024-09-26']]);
      assert.deepEqual(values('It flew on 11 December 2009.'), [['11 December 2009', '2009-12-11']]);
      assert.deepEqual(values('It flew on October 16th, 2023.'), [['October 16th, 2023', '2023-10-16']]);
    });

    it('reads numeric dates through chrono', () => {
      assert.deepEqual(values('The date was 7/8/07 for the launch.'), [['7/8/07', '2007-07-08']]);
    });

    it('joins a stated weekday to its date', () => {
      const d = one('The talks ended Tuesday, Oct. 16, 2023, in Doha.');
      assert.equal(d.statedWeekday?.name, 'Tuesday');
      assert.equal(d.weekday, 'Monday');
    });

    it('accepts Feb. 29 in a leap year only', () => {
      assert.equal(one('It happened on Feb. 29, 2024.').value, '2024-02-29');
      const result = analyse('It happened on Feb. 29, 2023.', { publicationDate: PUBLISHED }).dates;
      assert.deepEqual(result.dates, []);
      assert.deepEqual(result.invalid?.map((i) => [i.text, i.limit]), [['Feb. 29, 2023', 28]]);
    });
  });

  describe('month and day without a year', () => {
    it('takes the nearest past one', () => {
      assert.equal(one('The deal was signed Oct. 16.').value, '2023-10-16');
      assert.equal(one('The deal was signed Sept. 20.').value, '2024-09-20');
      assert.equal(one('The deal was signed Sept. 26.').value, '2024-09-26');
    });

    it('looks ahead when the sentence does', () => {
      assert.equal(one('The summit will open Oct. 3 in Doha.').value, '2024-10-03');
      assert.equal(one('It wants to close 789 dealers by early October.').value, '2024-10');
      assert.equal(one('Sales had fallen by early October.').value, '2023-10');
      assert.equal(one('Letters go out after October of next year.').value, '2025-10');
    });

    it('crosses the year boundary backwards in January', () => {
      assert.equal(one('The deal was signed Dec. 30.', '2025-01-04').value, '2024-12-30');
      assert.equal(one('The deal was signed Jan. 2.', '2025-01-04').value, '2025-01-02');
    });

    it('is XXXX-MM-DD without a publication date', () => {
      assert.equal(one('The deal was signed Oct. 16.', null).value, 'XXXX-10-16');
    });

    it('reads Feb. 29 without a year as the last leap day', () => {
      assert.equal(one('It was signed Feb. 29.', '2025-03-10').value, '2024-02-29');
    });
  });

  describe('months, years, decades', () => {
    it('reads month-year and "since" as an open interval', () => {
      const d = one('Since July 2023, Qatar has helped to reunite 48 children.');
      assert.deepEqual([d.text, d.value, d.since, d.precision], ['July 2023', '2023-07', true, 'month']);
      assert.equal(one('Russia began its invasion in February 2022.').since, false);
    });

    it('resolves a bare month to the latest past one', () => {
      assert.equal(one('Sales fell in October.').value, '2023-10');
      assert.equal(one('Sales fell in August.').value, '2024-08');
    });

    it('does not read "May" the verb or "March" the noun as months', () => {
      assert.deepEqual(dates('Officials may march on the capital. May I ask?'), []);
      assert.deepEqual(values('In June 30 people died.'), [['June', '2024-06']]);
    });

    it('reads years, not counts', () => {
      assert.deepEqual(values('The plant opened in 2019 and hired 2000 workers.'), [['2019', '2019']]);
      assert.deepEqual(dates('Fewer than 400 children and 1,500 to 2,000 jobs.'), []);
    });

    it('reads decades', () => {
      assert.deepEqual(values('Cars of the 1990s and the 70s.'), [['the 1990s', '199'], ['the 70s', '197']]);
      assert.deepEqual(dates('She is in her 70s.'), []);
    });

    it('keeps early/mid/late as a modifier with a narrower range', () => {
      const d = one('It will ship in mid-2025.');
      assert.deepEqual([d.text, d.value, d.modifier], ['mid-2025', '2025', 'mid']);
      assert.deepEqual(d.range, { first: '2025-05-02', last: '2025-08-30' });
      assert.equal(one('Jobs took leave in early 2009.').modifier, 'early');
    });
  });

  describe('relative expressions', () => {
    it('resolves yesterday, today, tomorrow', () => {
      assert.deepEqual(values('He said yesterday that today is hard.'), [['yesterday', '2024-09-25'], ['today', '2024-09-26']]);
      assert.equal(one('It ends tomorrow.', '2024-12-31').value, '2025-01-01');
    });

    it('resolves last week, this year, next month across year boundaries', () => {
      assert.equal(one('Shares fell last week.', '2025-01-02').value, '2024-W52');
      assert.equal(one('Profits rose this year.').value, '2024');
      assert.equal(one('It opens next month.', '2024-12-10').value, '2025-01');
      assert.equal(one('It closed last month.', '2025-01-10').value, '2024-12');
    });

    it('resolves "two days ago" and weekdays, past-leaning', () => {
      assert.equal(one('It began two days ago.').value, '2024-09-24');
      const monday = one('The talks ended Monday.');
      assert.deepEqual([monday.value, monday.weekday], ['2024-09-23', 'Monday']);
      assert.equal(one('The talks ended Thursday.').value, '2024-09-26');
      assert.equal(one('The talks will resume Monday.').value, '2024-09-30');
    });

    it('reads now and recently as references', () => {
      assert.deepEqual(values('Prices are now higher than recently reported.'), [['now', 'PRESENT_REF'], ['recently', 'PAST_REF']]);
      assert.deepEqual(dates('The now-cancelled deal.'), []);
    });

    it('offers the resolved day as an inlay hint after relative dates only', () => {
      const analysis = analyse('He left yesterday. He arrived on Oct. 16, 2023.', { publicationDate: PUBLISHED });
      const hints = relativeDateHints(analysis);
      assert.equal(hints.length, 1);
      assert.equal(hints[0].offset, 'He left yesterday'.length);
      assert.match(hints[0].label, /Wed\., Sept\. 25, 2024/);
      assert.deepEqual(relativeDateHints(analyse('He left yesterday.')), []);
    });
  });

  describe('durations, sets, times', () => {
    it('reads durations', () => {
      assert.deepEqual(values('The war is nearing its one-year mark after 18 months of talks and a 21-day halt.'),
        [['one-year', 'P1Y'], ['18 months', 'P18M'], ['21-day', 'P21D']]);
      assert.deepEqual(values('It took two and a half years and several weeks.'), [['two and a half years', 'P2.5Y'], ['several weeks', 'PXW']]);
      assert.equal(one('It lasted thirty minutes.').value, 'PT30M');
    });

    it('does not read ages as durations', () => {
      assert.deepEqual(dates('A 17-year-old girl and a boy, five years old.'), []);
    });

    it('reads "ages 12 to 17" as no date at all', () => {
      assert.deepEqual(dates('There are eight boys, ages 12 to 17, and one 17-year-old girl.'), []);
      assert.deepEqual(dates('Shares rose 12 to 17 percent.'), []);
    });

    it('gives a time the day of the date beside it', () => {
      assert.deepEqual(values('Trading stopped at 18:00 UTC Monday.'), [['18:00 UTC', '2024-09-23T18:00Z'], ['Monday', '2024-09-23']]);
    });

    it('reads times on the publication day', () => {
      assert.deepEqual(values('Trading stopped at 18:00 UTC and at 3 p.m.'), [['18:00 UTC', '2024-09-26T18:00Z'], ['3 p.m.', '2024-09-26T15:00']]);
    });

    it('reads rates as sets', () => {
      assert.deepEqual(values('It builds 15 a year at its annual fair.'), [['a year', 'P1Y'], ['annual', 'P1Y']]);
    });
  });

  describe('quarters and seasons', () => {
    it('reads quarters, past-leaning', () => {
      assert.equal(one('Profits rose in the third quarter of 2009.').value, '2009-Q3');
      assert.equal(one('Profits rose in the fourth quarter.').value, '2023-Q4');
      assert.equal(one('Profits rose in the second quarter.').value, '2024-Q2');
    });

    it('reads seasons, but not the verb "fall"', () => {
      assert.equal(one('It opened last spring.').value, '2023-SP');
      assert.deepEqual(dates('Prices could fall sharply.'), []);
    });
  });

  describe('the timeline', () => {
    it('anchors events to the dates of their sentences, with "first" and "since"', () => {
      const analysis = analyse('Since July 2023, Qatar has helped to reunite 48 children. ' +
        'On October 16, 2023, Qatar facilitated the first repatriation of four children.', { publicationDate: PUBLISHED });
      const { timeline = [], dates: all } = analysis.dates;
      assert.deepEqual(timeline.map((e) => [e.trigger, e.family, e.first, e.noun, all[e.date].text]),
        [['reunite', 'return', false, false, 'July 2023'], ['repatriation', 'return', true, true, 'October 16, 2023']]);
    });

    it('ignores reporting verbs and sentences without dates', () => {
      const analysis = analyse('Ukraine said in 2023 that it returned the children. Kyiv accused Moscow.', { publicationDate: PUBLISHED });
      assert.deepEqual((analysis.dates.timeline ?? []).map((e) => e.trigger), ['returned']);
    });
  });

  it('marks dates inside quotations', () => {
    const [d] = dates('“We met yesterday,” he said.');
    assert.equal(d.quoted, true);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\u0000', 'Feb. 99, 2023', '31/31/31', '9999-99-99', 'Q9', "'", 'May'.repeat(1000), '12:99 p.m.']) {
      analyse(text, { publicationDate: PUBLISHED });
    }
  });
});
