import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, SEED, run, tempDir, write } from './helpers';

interface Span { start: number; end: number; text: string }
interface ExtractReport {
  version: number;
  files: {
    path: string;
    publicationDate: string | null;
    quotes: (Span & { route: string | null; cue: Span | null; speaker: Span | null; person: { name: string; title: string | null } | null })[];
    people: { name: string; title: string | null; mentions: Span[] }[];
    figures: unknown[];
    dates: unknown[];
  }[];
}

describe('copydesk extract', () => {
  it('lists the quotations of the seed with their marks, in order, in the contract shape', () => {
    const result = run(['extract', SEED]);
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout) as ExtractReport;
    const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.deepEqual(Object.keys(file).sort(), ['dates', 'figures', 'path', 'people', 'publicationDate', 'quotes']);
    assert.equal(file.path, SEED);
    assert.ok(file.quotes.length >= 5);
    for (const quote of file.quotes) {
      assert.deepEqual(Object.keys(quote).sort(), ['cue', 'end', 'person', 'route', 'speaker', 'start', 'text']);
      assert.equal(quote.text, text.slice(quote.start, quote.end));
      assert.match(quote.text, /^["“”«„‘']/, 'a quotation starts with its mark');
    }
    const starts = file.quotes.map((q) => q.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(file.quotes.some((q) => q.text.startsWith('“I don’t think we can say there’s a formal mediation track now')));
  });

  it('says who said each quotation of the seed, by which route, on which words', () => {
    const report = JSON.parse(run(['extract', SEED]).stdout) as ExtractReport;
    const [file] = report.files;
    const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    const quote = (opening: string) => {
      const found = file.quotes.find((q) => q.text.slice(1).startsWith(opening));
      assert.ok(found, `a quote opening “${opening}”`);
      for (const span of [found.cue, found.speaker]) if (span) assert.equal(span.text, text.slice(span.start, span.end));
      return found;
    };
    const ansari = { name: 'Majed Al Ansari', title: 'official spokesperson' };

    const mediation = quote('This mediation');
    assert.equal(mediation.route, 'explicit');
    assert.equal(mediation.cue?.text, 'said');
    assert.equal(mediation.speaker?.text, 'Al Ansari');
    assert.deepEqual(mediation.person, ansari);

    const think = quote('I don’t think we can say');
    assert.equal(think.route, 'explicit');
    assert.equal(think.speaker?.text, 'he');
    assert.deepEqual(think.person, ansari);

    const aware = quote('I’m not aware of a direct link');
    assert.equal(aware.speaker?.text, 'the foreign ministry spokesman');
    assert.deepEqual(aware.person, ansari);

    const boys = quote('There are eight boys');
    assert.equal(boys.route, 'explicit');
    assert.equal(boys.cue?.text, 'wrote');
    assert.equal(boys.speaker?.text, 'Lvova-Belova');
    assert.equal(boys.person?.name, 'Maria Lvova-Belova');
    assert.match(boys.person?.title ?? '', /commissioner for children’s rights/);

    const ceasefire = quote('news about a ceasefire is not true');
    assert.equal(ceasefire.person?.name, 'Benjamin Netanyahu');
    assert.equal(ceasefire.person?.title, 'Israeli Prime Minister');
  });

  it('lists the people with every mention resolved to them: names, surnames, pronouns and roles', () => {
    const report = JSON.parse(run(['extract', SEED]).stdout) as ExtractReport;
    const [file] = report.files;
    const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    const names = file.people.map((p) => p.name);
    assert.ok(names.includes('Maria Lvova-Belova') && names.includes('Benjamin Netanyahu'), names.join(', '));
    assert.equal(new Set(names).size, names.length, 'one entry a person');
    const ansari = file.people.find((p) => p.name === 'Majed Al Ansari')!;
    assert.equal(ansari.title, 'official spokesperson');
    for (const mention of ansari.mentions) assert.equal(mention.text, text.slice(mention.start, mention.end));
    const starts = ansari.mentions.map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'mentions in document order');
    const texts = ansari.mentions.map((m) => m.text);
    for (const expected of ['Majed Al Ansari', 'Al Ansari', 'he', 'the foreign ministry spokesman']) {
      assert.ok(texts.includes(expected), `${expected} in ${texts.join(' | ')}`);
    }
    // Every quote's person is one of the people, with the same title.
    for (const quote of file.quotes) {
      if (quote.person) assert.ok(file.people.some((p) => p.name === quote.person!.name && p.title === quote.person!.title));
    }
  });

  it('leaves route, cue, speaker and person null for an unattributed quote and a scare quote', () => {
    const input = 'The mayor opened the “smart” bridge on Monday.\n\n“We will rebuild every road in this city before winter comes.”\n';
    const report = JSON.parse(run(['extract', '-'], { input }).stdout) as ExtractReport;
    const [file] = report.files;
    assert.equal(file.quotes.length, 2);
    for (const quote of file.quotes) {
      assert.deepEqual([quote.route, quote.cue, quote.speaker, quote.person], [null, null, null, null], quote.text);
    }
  });

  it('takes --date and stdin like check, and lists no nested quote on its own', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', 'She said: “He told me ‘wait’ and left.”\n');
    const report = JSON.parse(run(['extract', '--date', '2024-09-26', file]).stdout) as ExtractReport;
    assert.equal(report.files[0].publicationDate, '2024-09-26');
    assert.deepEqual(report.files[0].quotes.map((q) => q.text), ['“He told me ‘wait’ and left.”']);
    const fromStdin = JSON.parse(run(['extract', '-'], { input: '“We will rebuild,” the mayor said.\n' }).stdout) as ExtractReport;
    assert.deepEqual(fromStdin.files[0].quotes.map((q) => [q.start, q.end]), [[0, 18]]);
  });

  it('accepts only --format json', () => {
    const result = run(['extract', '--format', 'text', SEED]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--format text: expected json/);
  });
});
