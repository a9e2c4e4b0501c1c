import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

// Publication date pinned: Thursday, Sept. 26, 2024.
const PUBLISHED = '2024-09-26';
const findings = (rule: string, text: string, options: AnalysisOptions = {}) =>
  analyse(text, { publicationDate: PUBLISHED, ...options }).findings.filter((f) => f.rule === rule);
const reported = (rule: string, text: string, options: AnalysisOptions = {}) =>
  findings(rule, text, options).map((f) => text.slice(f.start, f.end));
const fixed = (rule: string, text: string) =>
  applyEdits(text, findings(rule, text).flatMap((f) => f.fixes[0]?.edits ?? []));

describe('dates.* rules', () => {
  describe('dates.weekday-mismatch', () => {
    const RULE = 'dates.weekday-mismatch';
    it('reports a weekday that is not the date’s, with the right one as the fix', () => {
      const text = 'The talks ended Tuesday, Oct. 16, 2023, in Doha.';
      const [f] = findings(RULE, text);
      assert.equal(text.slice(f.start, f.end), 'Tuesday');
      assert.equal(f.severity, 'error');
      assert.match(f.message, /Monday, not a Tuesday/);
      assert.equal(fixed(RULE, text), 'The talks ended Monday, Oct. 16, 2023, in Doha.');
    });

    it('is quiet on the right weekday, and on Feb. 29 of a leap year', () => {
      assert.deepEqual(findings(RULE, 'The talks ended Monday, Oct. 16, 2023.'), []);
      assert.deepEqual(findings(RULE, 'It was Thursday, Feb. 29, 2024.'), []);
    });

    it('checks a date without a year only near the publication date', () => {
      assert.deepEqual(reported(RULE, 'The talks ended Friday, Sept. 24.'), ['Friday']);
      assert.deepEqual(findings(RULE, 'The talks ended Friday, Sept. 24.', { publicationDate: '2025-06-01' }), []);
      assert.deepEqual(findings(RULE, 'The talks ended Friday, Sept. 24.', { publicationDate: null }), []);
    });

    it('checks across a year boundary: Dec. 31, 2024 was a Tuesday', () => {
      assert.deepEqual(reported(RULE, 'It closed Wednesday, Dec. 31, 2024.'), ['Wednesday']);
      assert.deepEqual(findings(RULE, 'It closed Tuesday, Dec. 31, 2024.'), []);
    });

    it('reports inside a quotation but does not rewrite it', () => {
      const [f] = findings(RULE, '“We met on Tuesday, Oct. 16, 2023,” she said.');
      assert.deepEqual(f.fixes, []);
    });
  });

  describe('dates.invalid', () => {
    const RULE = 'dates.invalid';
    it('reports Feb. 30, Sept. 31 and Feb. 29, 2023', () => {
      assert.deepEqual(reported(RULE, 'It was set for Feb. 30, then Sept. 31, then Feb. 29, 2023.'), ['Feb. 30', 'Sept. 31', 'Feb. 29, 2023']);
      assert.match(findings(RULE, 'It was Feb. 29, 2023.')[0].message, /not a leap year/);
    });

    it('accepts Feb. 29, 2024, Feb. 29 without a year, Sept. 30 and counts that are not days', () => {
      assert.deepEqual(findings(RULE, 'It was Feb. 29, 2024, or Feb. 29, or Sept. 30. In June 45 people came.'), []);
      assert.deepEqual(findings(RULE, 'In June 31 people died, and in April 31 more.'), []);
    });
  });

  describe('dates.month-style', () => {
    const RULE = 'dates.month-style';
    it('abbreviates a month with a day: October 16, 2023 → Oct. 16, 2023', () => {
      const text = 'On October 16, 2023, Qatar facilitated the first repatriation.';
      assert.deepEqual(reported(RULE, text), ['October']);
      assert.equal(fixed(RULE, text), 'On Oct. 16, 2023, Qatar facilitated the first repatriation.');
      assert.equal(fixed(RULE, 'It began Sep. 5.'), 'It began Sept. 5.');
    });

    it('spells out March through July with a day, and months without a day', () => {
      assert.equal(fixed(RULE, 'It began Mar. 5.'), 'It began March 5.');
      assert.equal(fixed(RULE, 'It began in Oct. 2023.'), 'It began in October 2023.');
      assert.equal(fixed(RULE, 'It began in February, 2022.'), 'It began in February 2022.');
    });

    it('puts the month first in day-first dates', () => {
      assert.equal(fixed(RULE, 'It flew on 11 December 2009.'), 'It flew on Dec. 11, 2009.');
    });

    it('is quiet on AP dates and in headlines', () => {
      assert.deepEqual(findings(RULE, 'It began Oct. 16, 2023, and ended in July 2024 and on May 5.'), []);
      assert.deepEqual(findings(RULE, '# Talks resume October 16\n\nThey met.', { format: 'markdown' }), []);
    });

    it('reports only information, without a fix, inside a quotation', () => {
      const [f] = findings(RULE, '“We met on October 16, 2023,” she said.');
      assert.equal(f.severity, 'information');
      assert.deepEqual(f.fixes, []);
    });
  });

  describe('dates.ordinal', () => {
    const RULE = 'dates.ordinal';
    it('rewrites October 16th as Oct. 16', () => {
      assert.equal(fixed(RULE, 'It began October 16th in Doha.'), 'It began Oct. 16 in Doha.');
      assert.equal(fixed(RULE, 'It began on the 2nd of April, 2024.'), 'It began on April 2, 2024.');
    });

    it('is quiet on cardinal dates and other ordinals', () => {
      assert.deepEqual(findings(RULE, 'It began Oct. 16, the 3rd attempt.'), []);
    });
  });

  describe('dates.relative-word', () => {
    const RULE = 'dates.relative-word';
    it('offers the weekday for yesterday, today, tonight', () => {
      const text = 'The minister resigned yesterday and will speak tonight.';
      const found = findings(RULE, text);
      assert.deepEqual(found.map((f) => f.severity), ['information', 'information']);
      assert.equal(fixed(RULE, text), 'The minister resigned Wednesday and will speak Thursday night.');
    });

    it('reports without a fix when there is no publication date, and leaves quotations alone', () => {
      const [f] = findings(RULE, 'The minister resigned yesterday.', { publicationDate: null });
      assert.deepEqual(f.fixes, []);
      assert.match(f.message, /publication date/);
      assert.deepEqual(findings(RULE, '“I resigned yesterday,” he said.'), []);
      assert.deepEqual(findings(RULE, 'Workers may not earn what they earn today. It is lighter than the equivalent aircraft today.'), []);
      assert.deepEqual(reported(RULE, 'Apple today unveiled a phone.'), ['today']);
    });
  });

  describe('dates.first-after-since', () => {
    const RULE = 'dates.first-after-since';
    const text = 'Since July 2023, Qatar has helped to reunite up to 48 children with their families. ' +
      'On October 16, 2023, Qatar facilitated the first repatriation of four Ukrainian children.';
    it('asks, as information, how a "first" months after "since" fits, pointing at both', () => {
      const [f] = findings(RULE, text);
      assert.equal(text.slice(f.start, f.end), 'first repatriation');
      assert.equal(f.severity, 'information');
      assert.match(f.message, /first repatriation.*Oct\. 16, 2023.*since July 2023/);
      assert.deepEqual(f.related.map((r) => text.slice(r.start, r.end)), ['October 16, 2023', 'July 2023', 'reunite']);
    });

    it('is quiet when the first falls within a month of the start, or the events differ', () => {
      assert.deepEqual(findings(RULE, text.replace('October 16', 'July 20')), []);
      assert.deepEqual(findings(RULE, text.replace('first repatriation', 'first election')), []);
    });

    it('stays quiet on "the first … since" (a first in a while)', () => {
      assert.deepEqual(findings(RULE, text.replace('children.', 'children since the war.')), []);
    });
  });

  describe('dates.first-not-first', () => {
    const RULE = 'dates.first-not-first';
    it('reports a "first" event dated after another of the same family', () => {
      assert.deepEqual(reported(RULE, 'The first case was confirmed in March. In January, 20 cases had been reported.'), ['case']);
      const text = 'In March 2023, Qatar returned two children. In October 2023, Qatar facilitated the first repatriation.';
      const [f] = findings(RULE, text);
      assert.equal(text.slice(f.start, f.end), 'repatriation');
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.related.map((r) => text.slice(r.start, r.end)), ['returned', 'March 2023']);
    });

    it('is quiet when the other event comes later, or is a "since" (a query, not an error)', () => {
      assert.deepEqual(findings(RULE, 'In March 2023, Qatar facilitated the first repatriation. In October 2023, Qatar returned two children.'), []);
      assert.deepEqual(findings(RULE, 'Since March 2023, Qatar has returned children. In October 2023, Qatar facilitated the first repatriation.'), []);
      assert.deepEqual(findings(RULE, 'He was first elected in 2010. The first election was held in 1990.'), []);
    });
  });

  describe('dates.duration-mismatch', () => {
    const RULE = 'dates.duration-mismatch';
    it('reports a one-year mark for a war that began 14 months before publication', () => {
      const text = 'The war, which began in July 2023, is nearing its one-year mark.';
      const [f] = findings(RULE, text);
      assert.equal(text.slice(f.start, f.end), 'one-year mark');
      assert.match(f.message, /about 14 months/);
      assert.deepEqual(f.related.map((r) => text.slice(r.start, r.end)), ['July 2023']);
    });

    it('is quiet when the mark fits, or no start date is stated', () => {
      assert.deepEqual(findings(RULE, 'The war, which began on Oct. 7, 2023, is nearing its one-year mark.'), []);
      assert.deepEqual(findings(RULE, 'The war, which began in September 2023, marked its one-year anniversary.'), []);
      assert.deepEqual(findings(RULE, 'The war is nearing its one-year mark.'), []);
    });
  });

  describe('dates.age-birth', () => {
    const RULE = 'dates.age-birth';
    it('reports an age that does not fit the birth date', () => {
      const text = 'Al Ansari, 41, was born on March 3, 1980, in Doha.';
      const [f] = findings(RULE, text);
      assert.equal(text.slice(f.start, f.end), '41');
      assert.deepEqual(reported(RULE, 'The 50-year-old was born in 1980.'), ['50-year-old']);
      assert.match(f.message, /would be 44/);
    });

    it('accepts both possible ages for a birth year, and an age at death', () => {
      assert.deepEqual(findings(RULE, 'The 44-year-old was born in 1980.'), []);
      assert.deepEqual(findings(RULE, 'The 43-year-old was born in 1980.'), []);
      assert.deepEqual(findings(RULE, 'Born in 1950, he died aged 60.'), []);
    });
  });

  it('on the seed article: the AP fix for October 16, 2023 and the first-after-since query', () => {
    const text = readFileSync(path.join(__dirname, '../../seeds/000_3c9c0e3ffba93949.txt'), 'utf8');
    const analysis = analyse(text, { publicationDate: PUBLISHED });
    const dates = analysis.findings.filter((f) => f.rule.startsWith('dates.'));
    assert.deepEqual(dates.map((f) => [f.rule, text.slice(f.start, f.end)]), [
      ['dates.month-style', 'October'],
      ['dates.first-after-since', 'first repatriation'],
    ]);
    assert.equal(dates[0].fixes[0].edits[0].newText, 'Oct.');
  });
});
