import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../../server/src/core/analyse';
import { buildFactSheet } from '../../server/src/core/factSheet';
import { buildSourceIndex } from '../../server/src/core/sources';

const sheetOf = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => {
  const analysis = analyse(text, { format, publicationDate: '2024-09-26' });
  return { text, sheet: buildFactSheet(analysis, buildSourceIndex(analysis)) };
};

describe('fact sheet (core)', () => {
  it('lists each source with title and quotations, in order of first appearance; unquoted people too', () => {
    const { text, sheet } = sheetOf(
      'Mayor Dana Whitfield opened the bridge on Tuesday.\n' +
      'Fire chief Carlos Ruiz watched.\n' +
      '“We waited ten years for this bridge to open,” Whitfield said.\n' +
      '“It will carry 20,000 cars a day,” she said.\n',
    );
    const names = sheet.sources.map((s) => s.name);
    assert.deepEqual(names.slice(0, 2), ['Dana Whitfield', 'Carlos Ruiz']);
    const whitfield = sheet.sources[0];
    assert.equal(whitfield.kind, 'person');
    assert.equal(whitfield.title?.toLowerCase(), 'mayor');
    assert.equal(whitfield.quotes.length, 2);
    assert.equal(text.slice(whitfield.quotes[1].location.start, whitfield.quotes[1].location.end), '“It will carry 20,000 cars a day,”');
    assert.equal(whitfield.quotes[1].via, 'she');
    assert.equal(sheet.sources[1].quotes.length, 0);
  });

  it('on the user’s article: Majed Al Ansari with his three quotations', () => {
    const seed = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_3c9c0e3ffba93949.txt'), 'utf8');
    const { sheet } = sheetOf(seed);
    const alAnsari = sheet.sources.find((s) => s.name === 'Majed Al Ansari');
    assert.ok(alAnsari, JSON.stringify(sheet.sources.map((s) => s.name)));
    assert.equal(alAnsari.quotes.length, 3);
    assert.equal(alAnsari.title, 'official spokesperson');
  });

  it('on the user’s article: the two breakdowns of children returned (14 and 9) are one fact, marked as a conflict', () => {
    const seed = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_3c9c0e3ffba93949.txt'), 'utf8');
    const { text, sheet } = sheetOf(seed);
    const conflicts = sheet.figures.filter((group) => group.conflict);
    assert.equal(conflicts.length, 1, JSON.stringify(sheet.figures.map((g) => g.label)));
    assert.deepEqual(conflicts[0].figures.map((f) => f.detail), ['10 + four = 14', 'eight + one = 9']);
    assert.equal(text.slice(conflicts[0].figures[0].location.start, conflicts[0].figures[0].location.end), '10 Ukrainian and four Russian children');
    // A figure stated once is its own fact, and no conflict.
    const abducted = sheet.figures.find((group) => group.figures.some((f) => f.text === 'about 20,000'));
    assert.equal(abducted?.conflict, false);
  });

  it('figures of one fact that allow a common value agree (a hedge widens one); disjoint ones conflict', () => {
    const group = (text: string) => {
      const { sheet } = sheetOf(text);
      assert.equal(sheet.figures.length, 1, JSON.stringify(sheet.figures));
      assert.equal(sheet.figures[0].figures.length, 2);
      return sheet.figures[0];
    };
    assert.equal(group('About 200 people were evacuated on Monday.\nOfficials said 210 people were evacuated on Monday.\n').conflict, false);
    const killed = group('The fire killed 12 people.\nThe fire killed 15 people, officials said.\n');
    assert.equal(killed.conflict, true);
    assert.equal(killed.label, 'people · kill');
  });

  it('fact labels are written as the article writes them: its capitals, month names', () => {
    const { sheet } = sheetOf('The agency says it has returned 48 Ukrainian children since July 2023.\n');
    assert.deepEqual(sheet.figures.map((group) => group.label), ['Ukrainian children · return · since July 2023']);
  });

  it('a capital that only starts a sentence does not go into a fact label', () => {
    const { sheet } = sheetOf('The storm forced 300 children from their homes on Monday. Children were evacuated.\n');
    assert.deepEqual(sheet.figures.map((group) => group.label), ['children · evacuate · September 23, 2024']);
  });

  it('the timeline lists the dated events in date order, not article order', () => {
    const seed = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_3c9c0e3ffba93949.txt'), 'utf8');
    const { sheet } = sheetOf(seed);
    const firsts = sheet.timeline.map((event) => event.first);
    assert.deepEqual(firsts, [...firsts].sort());
    assert.deepEqual(sheet.timeline.map((event) => event.date), ['2022-02', '2023-07', '2023-10-16']);
    assert.match(sheet.timeline[2].label, /^On October 16, 2023, Qatar facilitated the first repatriation/);
  });

  it('groups the findings by rule, errors first, each with its location', () => {
    const { text, sheet } = sheetOf('Ukraine claims that the children were taken.\nRussia claims that they were moved.\n“Open quote never closed.\n');
    assert.equal(sheet.findings[0].rule, 'quote.unbalanced');
    const loaded = sheet.findings.find((g) => g.rule === 'attribution.loaded-verb');
    assert.deepEqual(loaded?.findings.map((f) => text.slice(f.location.start, f.location.end)), ['claims', 'claims']);
  });

  it('an article with nothing to say gives empty sections, not an error', () => {
    const { sheet } = sheetOf('');
    assert.deepEqual([sheet.sources, sheet.figures, sheet.timeline, sheet.findings], [[], [], [], []]);
    assert.equal(sheet.publicationDate?.date, '2024-09-26');
  });
});
