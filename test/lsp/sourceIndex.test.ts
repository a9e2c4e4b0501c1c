// The source index (server/src/core/sources.ts) on its own: built once per cached analysis, lookups
// by offset, excerpts and introductions. The protocol tests (sources.test.ts) cover what the editor sees.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import { analyse } from '../../server/src/core/analyse';
import { AnalysisCache, sourcesOf } from '../../server/src/lsp/analysisCache';
import { hoverAt } from '../../server/src/lsp/hover';
import { buildSourceIndex, excerpt, introduction, mentionAt, personAt, quoteAt } from '../../server/src/core/sources';
import { SEED } from './client';

const seedText = fs.readFileSync(SEED, 'utf8');

describe('lsp helpers: source index', () => {
  it('is built once per analysis, and hovers never analyse again', () => {
    const cache = new AnalysisCache();
    const document = { uri: 'untitled:seed', version: 1, getText: () => seedText };
    const entry = cache.get(document, {});
    const index = sourcesOf(entry);
    assert.equal(sourcesOf(entry), index, 'the same index on the second ask');
    for (let offset = 0; offset < seedText.length; offset += 97) {
      hoverAt(cache.get(document, {}), entry.lines.positionAt(offset), '/docs');
    }
    assert.equal(cache.computed, 1);
    assert.equal(sourcesOf(cache.get(document, {})), index);
    const next = cache.get({ ...document, version: 2 }, {});
    assert.notEqual(sourcesOf(next), index, 'a new version, a new index');
  });

  it('groups the seed’s quotations by person, and every mention of each', () => {
    const analysis = analyse(seedText);
    const index = buildSourceIndex(analysis);
    const ansari = index.people.find((p) => p.person.name === 'Majed Al Ansari')!;
    assert.deepEqual(ansari.quotes.map((q) => excerpt(seedText, q.quotation, 3)), ['“This mediation, in…”', '“I don’t think…”', '“I’m not aware…”']);
    const texts = ansari.mentions.map((m) => m.text);
    assert.ok(texts.includes('he') && texts.includes('Al Ansari') && texts.includes('the foreign ministry spokesman'), texts.join(' | '));
    const spans = ansari.mentions.map((m) => `${m.start}:${m.end}`);
    assert.equal(new Set(spans).size, spans.length, 'one mention a span');
    assert.deepEqual(index.unattributed, []);
    assert.deepEqual(index.quotes.map((q) => q.position), index.quotes.map((_, i) => i));
  });

  it('finds the mention, the quotation and the person at an offset', () => {
    const index = buildSourceIndex(analyse(seedText));
    const he = seedText.indexOf('he said.');
    assert.equal(mentionAt(index, he)?.text, 'he');
    assert.equal(mentionAt(index, he + 2), null, 'just after the word: not on it');
    assert.equal(mentionAt(index, he + 2, true)?.text, 'he', 'touching it');
    const inside = seedText.indexOf('I don’t think');
    assert.ok(quoteAt(index, inside)?.quotation.start === inside - 1);
    assert.equal(personAt(index, inside)?.source.person.name, 'Majed Al Ansari');
    assert.equal(personAt(index, inside)?.mention, null);
    assert.equal(personAt(index, seedText.indexOf('successfully')), null);
    assert.equal(quoteAt(index, seedText.length), null);
  });

  it('introduces a person with the title that stands by the name', () => {
    const analysis = analyse(seedText);
    const byName = (name: string) => analysis.people.people.find((p) => p.name === name)!;
    assert.equal(introduction(seedText, byName('Majed Al Ansari')), 'official spokesperson Majed Al Ansari');
    assert.equal(introduction(seedText, byName('Maria Lvova-Belova')), 'Maria Lvova-Belova, Russia’s presidential commissioner for children’s rights');
    assert.equal(introduction(seedText, byName('Benjamin Netanyahu')), 'Israeli Prime Minister Benjamin Netanyahu');
  });

  it('is empty for an article with no quotes and no names', () => {
    const index = buildSourceIndex(analyse('The council met on Tuesday to discuss the budget.\n'));
    assert.deepEqual([index.quotes, index.people, index.others, index.unattributed, index.mentions], [[], [], [], [], []]);
    assert.equal(personAt(index, 3), null);
  });
});
