import { strict as assert } from 'assert';
import * as fs from 'fs';
import { SymbolKind, type Location, type MarkupContent, type Position } from 'vscode-languageserver/node';
import { SEED, TestClient, fileUri } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');
const seedUri = fileUri(SEED);

/** The position of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `“${needle}” #${nth} in the text`);
  }
  offset += shift;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function textOf(text: string, location: { range: { start: Position; end: Position } }): string {
  const lines = text.split('\n');
  const { start, end } = location.range;
  assert.equal(start.line, end.line, 'a one-line span');
  return lines[start.line].slice(start.character, end.character);
}

const markdown = (contents: unknown) => (contents as MarkupContent).value;
/** The 1-based line of the introduction of Majed Al Ansari in the seed. */
const ANSARI_LINE = positionOf(seedText, 'Majed Al Ansari').line;

// A short article: an unattributed quote, a scare quote, an organisation speaker, a running quote.
const SHORT = [
  'The mayor opened the “smart” bridge on Monday.',
  '',
  '“We will rebuild every road in this city before winter comes.”',
  '',
  '“We will not raise taxes on any family this year,” the ministry said.',
  '',
  'Mayor Jane Doe said: “The bridge is open to everyone from today.”',
  '',
  '“It took us six long years to get here.”',
  '',
].join('\n');

describe('lsp: sources (speaker hover, outline, definition, references)', () => {
  let client: TestClient;
  beforeEach(async () => {
    ({ client } = await TestClient.start());
  });
  afterEach(() => client.stop());

  it('declares document symbols, definition, references and highlights', async () => {
    await client.stop();
    const { client: fresh, initialize } = await TestClient.start();
    client = fresh;
    const caps = initialize.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.definitionProvider);
    assert.ok(caps.referencesProvider);
    assert.ok(caps.documentHighlightProvider);
    assert.ok(caps.hoverProvider);
  });

  describe('hover', () => {
    it('on a quotation: the speaker, the route and its words, the introduction, their quotes', async () => {
      client.open(seedUri, seedText);
      const at = positionOf(seedText, 'I don’t think we can say', 10);
      const hover = await client.hover(seedUri, at);
      assert.ok(hover, 'a hover');
      const value = markdown(hover.contents);
      assert.equal((hover.contents as MarkupContent).kind, 'markdown');
      assert.match(value, /^\*\*Majed Al Ansari\*\* · official spokesperson/);
      assert.match(value, /Said it: explicit — “said” → “he” \(pronoun/);
      assert.ok(value.includes(`Introduced on line ${ANSARI_LINE + 1} as ‘official spokesperson Majed Al Ansari’`), value);
      assert.match(value, /3 quotes in the article:/);
      assert.match(value, /- line \d+: “This mediation, in which/);
      assert.match(value, /- line \d+: “I don’t think we can say…” \*\(this one\)\*/);
      assert.match(value, /- line \d+: “I’m not aware of/);
      // The range is the whole quotation.
      const quoteStart = positionOf(seedText, '“I don’t think');
      assert.deepEqual(hover.range?.start, quoteStart);
      assert.equal(hover.range?.end.line, quoteStart.line);
    });

    it('on the other routes of the seed: a role noun, a surname, a full name', async () => {
      client.open(seedUri, seedText);
      const aware = markdown((await client.hover(seedUri, positionOf(seedText, 'I’m not aware', 3)))?.contents);
      assert.match(aware, /^\*\*Majed Al Ansari\*\*/);
      assert.match(aware, /→ “the foreign ministry spokesman” \(role/);
      const boys = markdown((await client.hover(seedUri, positionOf(seedText, 'There are eight boys', 5)))?.contents);
      assert.match(boys, /^\*\*Maria Lvova-Belova\*\* · Russia’s presidential commissioner for children’s rights/);
      assert.match(boys, /“wrote” → “Lvova-Belova”/);
      assert.match(boys, /Introduced on line \d+ as ‘Maria Lvova-Belova, Russia’s presidential commissioner/);
      const ceasefire = markdown((await client.hover(seedUri, positionOf(seedText, 'news about a ceasefire', 2)))?.contents);
      assert.match(ceasefire, /^\*\*Benjamin Netanyahu\*\* · Israeli Prime Minister/);
    });

    it('on a name, a surname or a pronoun: the same card, every quote, and where they are mentioned', async () => {
      client.open(seedUri, seedText);
      const surname = await client.hover(seedUri, positionOf(seedText, 'Al Ansari said Qatar was', 3));
      assert.ok(surname);
      const value = markdown(surname.contents);
      assert.match(value, /^\*\*Majed Al Ansari\*\* · official spokesperson/);
      assert.match(value, /Introduced on line \d+ as ‘official spokesperson Majed Al Ansari’/);
      assert.match(value, /Mentioned \d+ times, on lines /);
      assert.match(value, /3 quotes in the article:/);
      assert.ok(!value.includes('(this one)'));
      assert.equal(textOf(seedText, { range: surname.range! }), 'Al Ansari');

      const pronoun = await client.hover(seedUri, positionOf(seedText, 'he said.', 1));
      assert.ok(pronoun);
      assert.match(markdown(pronoun.contents), /“he” refers to Majed Al Ansari/);
      assert.equal(textOf(seedText, { range: pronoun.range! }), 'he');

      const katz = markdown((await client.hover(seedUri, positionOf(seedText, 'Israel Katz', 8)))?.contents);
      assert.match(katz, /^\*\*Israel Katz\*\* · Israeli Foreign Minister/);
      assert.match(katz, /No quotes in the article/);
    });

    it('puts the card below a finding inside a quotation', async () => {
      client.open(seedUri, seedText);
      const [misoriented] = (await client.pull(seedUri)).filter((d) => d.code === 'quote.misoriented');
      const hover = await client.hover(seedUri, misoriented.range.start);
      const value = markdown(hover?.contents);
      assert.match(value, /^\*\*\[quote\.misoriented\]/);
      assert.match(value, /\n---\n\n\*\*Benjamin Netanyahu\*\*/);
      assert.deepEqual(hover?.range, misoriented.range, 'the range stays the finding’s');
    });

    it('for an unattributed quote: the rule’s finding explains it, once; a running quote; an organisation; a scare quote', async () => {
      const uri = 'untitled:short';
      client.open(uri, SHORT);
      const at = positionOf(SHORT, 'We will rebuild', 3);
      const value = markdown((await client.hover(uri, at))?.contents);
      const flagged = (await client.pull(uri)).some((d) => d.code === 'attribution.unattributed-quote' && d.range.start.line === at.line);
      if (flagged) {
        assert.match(value, /^\*\*\[attribution\.unattributed-quote\]/);
        assert.ok(!value.includes('No speaker found'), 'no second card saying the same');
      } else {
        assert.match(value, /^\*\*No speaker found\*\*/);
      }

      const running = markdown((await client.hover(uri, positionOf(SHORT, 'It took us', 3)))?.contents);
      assert.match(running, /^\*\*Jane Doe\*\* · Mayor/);
      assert.match(running, /Said it: running quote — “said” → “Jane Doe”, line 7/);

      const ministry = markdown((await client.hover(uri, positionOf(SHORT, 'We will not', 3)))?.contents);
      assert.match(ministry, /^\*\*the ministry\*\* · an organisation/);

      const scare = markdown((await client.hover(uri, positionOf(SHORT, 'smart', 1)))?.contents);
      assert.match(scare, /Scare quote/);
    });

    it('for an unattributed quote with the rule off: no speaker, and what each route looked for', async () => {
      await client.stop();
      ({ client } = await TestClient.start({
        configuration: (item) => (item.section === 'copydesk' ? { rules: { attribution: { 'unattributed-quote': 'off' } } } : null),
      }));
      const uri = 'untitled:short';
      client.open(uri, SHORT);
      const value = markdown((await client.hover(uri, positionOf(SHORT, 'We will rebuild', 3)))?.contents);
      assert.match(value, /^\*\*No speaker found\*\*/);
      assert.match(value, /- explicit: no reporting verb/);
      assert.match(value, /- according to: no “according to …”/);
      assert.match(value, /- running quote: no quote with a speaker in the paragraph before/);
    });

    it('on an interrupted quote, and on a quote according to an unnamed source', async () => {
      const uri = 'untitled:berg';
      const text = [
        'Health Minister Anna Berg spoke on Monday.',
        '',
        '“We are ready,” she said. “The hospitals have beds for everyone who needs one.”',
        '',
        '“This is a disaster for the whole region and its people,” according to a senior official.',
        '',
      ].join('\n');
      client.open(uri, text);
      const second = markdown((await client.hover(uri, positionOf(text, 'The hospitals', 3)))?.contents);
      assert.match(second, /^\*\*Anna Berg\*\* · Health Minister/);
      assert.match(second, /Said it: explicit — “said” → “she” \(/);
      assert.match(second, /2 quotes in the article:/);
      const unnamed = markdown((await client.hover(uri, positionOf(text, 'This is a disaster', 3)))?.contents);
      assert.match(unnamed, /^\*\*a senior official\*\* · an unnamed source/);
      assert.match(unnamed, /Said it: according to — “according to” → “a senior official”/);
      const symbols = (await client.documentSymbols(uri)) ?? [];
      assert.deepEqual(symbols.map((s) => [s.name, s.detail, s.children?.length]), [
        ['Anna Berg', 'Health Minister · 2 quotes', 2],
        ['a senior official', 'unnamed source · 1 quote', 1],
      ]);
    });

    it('returns null on plain text with no name, quote or finding, and in a document with no quotes', async () => {
      client.open(seedUri, seedText);
      assert.equal(await client.hover(seedUri, positionOf(seedText, 'successfully facilitated', 3)), null);
      const uri = 'untitled:plain';
      client.open(uri, 'The council met on Tuesday to discuss the budget.\n');
      assert.equal(await client.hover(uri, { line: 0, character: 5 }), null);
    });
  });

  describe('outline', () => {
    it('lists each source with their quotations, in order of appearance', async () => {
      client.open(seedUri, seedText);
      const symbols = await client.documentSymbols(seedUri);
      assert.ok(symbols);
      const ansari = symbols.find((s) => s.name === 'Majed Al Ansari');
      assert.ok(ansari, symbols.map((s) => s.name).join(', '));
      assert.equal(ansari.kind, SymbolKind.Class);
      assert.equal(ansari.detail, 'official spokesperson · 3 quotes');
      assert.deepEqual(ansari.selectionRange.start.line, ANSARI_LINE);
      const children = ansari.children ?? [];
      assert.equal(children.length, 3);
      assert.ok(children.every((c) => c.kind === SymbolKind.String));
      assert.match(children[0].name, /^“This mediation/);
      assert.match(children[1].name, /^“I don’t think/);
      assert.match(children[2].name, /^“I’m not aware/);
      assert.match(children[1].detail ?? '', /^line \d+ · explicit · “he”$/);
      for (const child of children) {
        assert.ok(child.range.start.line >= ansari.range.start.line && child.range.end.line <= ansari.range.end.line, 'children inside the parent');
      }
      const names = symbols.map((s) => s.name);
      assert.ok(names.indexOf('Maria Lvova-Belova') < names.indexOf('Benjamin Netanyahu'));
      assert.equal(symbols.find((s) => s.name === 'Maria Lvova-Belova')?.children?.length, 1);
      assert.ok(!names.includes('Unattributed'), 'every direct quote of the seed has a speaker');
    });

    it('groups direct quotes with no speaker under Unattributed, and organisations apart', async () => {
      const uri = 'untitled:short';
      client.open(uri, SHORT);
      const symbols = (await client.documentSymbols(uri)) ?? [];
      assert.deepEqual(symbols.map((s) => s.name), ['the ministry', 'Jane Doe', 'Unattributed']);
      assert.equal(symbols[0].kind, SymbolKind.Module);
      assert.equal(symbols[1].children?.length, 2);
      const unattributed = symbols[2];
      assert.equal(unattributed.detail, '1 quote');
      assert.deepEqual(unattributed.children?.map((c) => c.name), ['“We will rebuild every road in…”']);
    });

    it('is empty for a document with no quotes and no names, and for a document that is not open', async () => {
      const uri = 'untitled:plain';
      client.open(uri, 'The council met on Tuesday to discuss the budget.\n');
      assert.deepEqual(await client.documentSymbols(uri), []);
      assert.deepEqual(await client.documentSymbols('file:///not/open.txt'), []);
    });
  });

  describe('definition and references', () => {
    const introduction = (location: Location | Location[] | null): Location => {
      assert.ok(location && !Array.isArray(location), JSON.stringify(location));
      return location;
    };

    it('goes from a pronoun, a surname, a role or a quotation to the full-name introduction', async () => {
      client.open(seedUri, seedText);
      for (const [needle, shift] of [['he said.', 1], ['Al Ansari said.', 2], ['the foreign ministry spokesman said.', 8], ['I don’t think', 4]] as const) {
        const target = introduction(await client.definition(seedUri, positionOf(seedText, needle, shift)));
        assert.equal(target.uri, seedUri);
        assert.equal(target.range.start.line, ANSARI_LINE, needle);
        assert.equal(textOf(seedText, target), 'Majed Al Ansari', needle);
      }
      // A caret right after the word still counts.
      const after = introduction(await client.definition(seedUri, positionOf(seedText, 'he said.', 2)));
      assert.equal(textOf(seedText, after), 'Majed Al Ansari');
      const lvova = introduction(await client.definition(seedUri, positionOf(seedText, 'Lvova-Belova wrote', 3)));
      assert.equal(textOf(seedText, lvova), 'Maria Lvova-Belova');
    });

    it('finds no definition on plain text or outside the document', async () => {
      client.open(seedUri, seedText);
      assert.equal(await client.definition(seedUri, positionOf(seedText, 'successfully facilitated', 3)), null);
      assert.equal(await client.definition(seedUri, { line: 9999, character: 0 }), null);
      assert.equal(await client.definition('file:///not/open.txt', { line: 0, character: 0 }), null);
    });

    it('lists every mention of the person: full name, surnames, pronouns and roles', async () => {
      client.open(seedUri, seedText);
      const references = (await client.references(seedUri, positionOf(seedText, 'he said.', 1))) ?? [];
      const texts = references.map((r) => textOf(seedText, r));
      assert.equal(texts.filter((t) => t === 'Majed Al Ansari').length, 1);
      assert.equal(texts.filter((t) => t === 'Al Ansari').length, 3);
      assert.ok(texts.includes('he') && texts.includes('He'), texts.join(' | '));
      assert.ok(texts.includes('the foreign ministry spokesman'), texts.join(' | '));
      assert.ok(references.every((r) => r.uri === seedUri));
      // Majed Al Ansari, Al Ansari ×3, He, he, the foreign ministry spokesman: seven at least.
      assert.ok(references.length >= 7, texts.join(' | '));
      const lines = references.map((r) => r.range.start.line);
      assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'in document order');

      const withoutDeclaration = (await client.references(seedUri, positionOf(seedText, 'he said.', 1), false)) ?? [];
      assert.equal(withoutDeclaration.length, references.length - 1);
      assert.ok(!withoutDeclaration.some((r) => textOf(seedText, r) === 'Majed Al Ansari'));

      const fromName = (await client.references(seedUri, positionOf(seedText, 'Majed Al Ansari', 2))) ?? [];
      assert.equal(fromName.length, references.length, 'the same set from any mention');
      assert.deepEqual(await client.references(seedUri, positionOf(seedText, 'successfully facilitated', 3)), []);
    });

    it('highlights the mentions of the person under the caret, the introduction as the write', async () => {
      client.open(seedUri, seedText);
      const highlights = (await client.highlights(seedUri, positionOf(seedText, 'Al Ansari said.', 2))) ?? [];
      assert.ok(highlights.length >= 5);
      assert.equal(highlights.filter((h) => h.kind === 3).length, 1, 'one write: the introduction');
      // Inside a quotation, nothing is highlighted: the caret passes there all the time.
      assert.deepEqual(await client.highlights(seedUri, positionOf(seedText, 'I don’t think', 4)), []);
    });
  });
});
