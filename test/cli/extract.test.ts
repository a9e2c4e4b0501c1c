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
    quotes: (Span & { route: string | null; cue: Span | null; speaker: Span | null; person: unknown })[];
    people: unknown[];
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
