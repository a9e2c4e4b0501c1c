import { strict as assert } from 'assert';
import { analyse, type AnalysisOptions } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const of = (rule: string) => (text: string, options: AnalysisOptions = {}) =>
  analyse(text, options).findings.filter((f) => f.rule === rule);
const undefinedFindings = of('style.abbreviation-undefined');
const periodFindings = of('style.abbreviation-periods');
const reported = (found: ReturnType<typeof undefinedFindings>, text: string) => found.map((f) => text.slice(f.start, f.end));

describe('style.abbreviation-undefined', () => {
  it('reports an abbreviation that is never spelled out, once, at its first use', () => {
    const text = 'The MRO contract was signed on Monday.\nMRO work will start in June.';
    const found = undefinedFindings(text);
    assert.deepEqual(reported(found, text), ['MRO']);
    assert.equal(found[0].start, text.indexOf('MRO'));
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /never spelled out/);
  });

  it('counts "Full Name (ABBR)" as the definition, with a lower-case letter from a small word (MoFA)', () => {
    const text = 'The Qatari Ministry of Foreign Affairs (MoFA) said the children were safe.\nThe MoFA spokesperson said more would follow.';
    assert.deepEqual(undefinedFindings(text), []);
  });

  it('counts the full name anywhere before, without parentheses (AP): General Motors … GM', () => {
    assert.deepEqual(undefinedFindings('United Auto Workers members voted on Tuesday.\nThe UAW said the deal was fair.'), []);
    assert.deepEqual(undefinedFindings('Singapore Airlines flew the first A380.\nSIA said it was pleased.'), []);
  });

  it('counts "ABBR (Full Name)" and a lower-case full name right before the parenthesis', () => {
    assert.deepEqual(undefinedFindings('The UAW (United Auto Workers) voted on Tuesday.'), []);
    assert.deepEqual(undefinedFindings('Maintenance, repair and overhaul (MRO) work grew.'), []);
  });

  it('reports a use before the full name, pointing at the full name', () => {
    const text = 'The UAW voted on Tuesday.\nMembers of the United Auto Workers union were split.';
    const found = undefinedFindings(text);
    assert.deepEqual(reported(found, text), ['UAW']);
    assert.match(found[0].message, /used before it is spelled out/);
    assert.equal(text.slice(found[0].related[0].start, found[0].related[0].end), 'United Auto Workers');
  });

  it('exempts what AP accepts on first reference, and the house list (accept.abbreviations)', () => {
    assert.deepEqual(undefinedFindings('NATO and the FBI met U.S. and EU officials; the CEO of IBM spoke at 15:00 UTC.'), []);
    assert.deepEqual(undefinedFindings('The IDF said the operation was over.', { accept: { abbreviations: ['IDF'] } }), []);
    assert.equal(undefinedFindings('The IDF said the operation was over.').length, 1);
  });

  it('leaves model names, tickers, Roman numerals, camel-case names and shouting alone', () => {
    const text = 'The KC-45 and the A380 flew.\nApple (NASDAQ: AAPL) rose.\nWorld War II ended.\nThe MacBook and JPMorgan.\n' +
      'BREAKING NEWS: MARKETS FALL SHARPLY';
    assert.deepEqual(undefinedFindings(text), []);
  });

  it('does not report two-letter abbreviations that are never spelled out (too often something else)', () => {
    assert.deepEqual(undefinedFindings('Shares of AG rose in the PT session.'), []);
  });
});

describe('style.abbreviation-periods', () => {
  it('reports “U.S” with the fix “U.S.”', () => {
    const text = 'Israel rejected French and U.S proposals for a 21-day halt.';
    const found = periodFindings(text);
    assert.deepEqual(reported(found, text), ['U.S']);
    assert.equal(found[0].severity, 'warning');
    assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('U.S proposals', 'U.S. proposals'));
  });

  it('reports “U.N” at the end of a paragraph and before a hyphen (“U.N.-led”)', () => {
    assert.equal(periodFindings('The plan came from the U.N').length, 1);
    assert.equal(applyEdits('a U.N-led force', periodFindings('a U.N-led force')[0].fixes[0].edits), 'a U.N.-led force');
  });

  it('leaves complete abbreviations, times and ordinary words alone', () => {
    assert.deepEqual(periodFindings('The U.S. and the U.N. met in Washington, D.C. on Monday at 3 P.M and README.MD.'), []);
  });

  it('inside a quotation: information, and no fix', () => {
    const text = '“We thank the U.S for its help,” the minister said.';
    const found = periodFindings(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.deepEqual(found[0].fixes, []);
  });
});

describe('style.abbreviation-undefined on wire copy', () => {
  it('leaves datelines, model names and names introduced with their abbreviation alone', () => {
    const text = 'KYIV, Ukraine (AP) — The Boeing 737 MAX was grounded.\nShares in NPD Group rose. NPD said sales grew.';
    assert.deepEqual(undefinedFindings(text), []);
  });

  it('still reports an unexplained abbreviation in the same copy', () => {
    const text = 'KYIV, Ukraine (AP) — The SBU security service said it had detained two men.';
    assert.deepEqual(reported(undefinedFindings(text), text), ['SBU']);
  });
});
