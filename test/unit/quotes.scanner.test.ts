import { strict as assert } from 'assert';
import { scanQuotes, unbalancedMarks } from '../../server/src/core/quotes/scanner';
import { parseArticle } from '../../server/src/core/text';

const scan = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => scanQuotes(parseArticle(text, format));
const quoted = (text: string) => scan(text).quotations.map((q) => text.slice(q.start, q.end));

describe('quotation scanner', () => {
  it('pairs curly double quotes', () => {
    assert.deepEqual(quoted('“We will,” he said. “Soon.”'), ['“We will,”', '“Soon.”']);
  });

  it('pairs straight double quotes by their neighbours', () => {
    assert.deepEqual(quoted('"We will," he said, "soon."'), ['"We will,"', '"soon."']);
  });

  it('reads apostrophes as apostrophes, not quotes', () => {
    for (const text of ['Ukraine’s don’t Al-Qa’ida ’90s parents’ group', "Ukraine's don't '90s ’til rock ’n’ roll"]) {
      const result = scan(text);
      assert.deepEqual(result.quotations, [], text);
      assert.deepEqual(unbalancedMarks(result), [], text);
      assert.ok(result.marks.every((m) => m.role === 'apostrophe'), text);
    }
  });

  it('finds a quote inside a quote, with its parent', () => {
    const text = '“They called it ‘a disaster,’ and left,” she said.';
    const result = scan(text);
    const inner = result.quotations.find((q) => q.depth === 1)!;
    assert.equal(text.slice(inner.start, inner.end), '‘a disaster,’');
    assert.equal(result.quotations[inner.parent!].depth, 0);
  });

  it('follows an AP running quote into the next paragraph', () => {
    const result = scan('“The first part goes on.\n“And the second ends,” she said.');
    assert.deepEqual(unbalancedMarks(result), []);
    const [first, second] = result.quotations;
    assert.equal(first.close, null);
    assert.equal(first.continuesTo, second.index);
    assert.equal(second.continuesFrom, first.index);
  });

  it('does not run a quote on when the next paragraph does not open with a mark', () => {
    const result = scan('“The first part goes on.\nThe second paragraph.');
    assert.equal(unbalancedMarks(result).length, 1);
    assert.equal(unbalancedMarks(result)[0].role, 'open'); // never closed
  });

  it('keeps the fix of a misoriented mark that is never closed', () => {
    // ’hello opens (facing the wrong way) inside the double quote, which closes over it.
    const [mark] = unbalancedMarks(scan('“He said ’hello there,” she said of the boys’ mother.'));
    assert.equal(mark.role, 'open');
    assert.equal(mark.correct, '‘');
    assert.equal(mark.fixEnd, mark.offset + 1);
  });

  it('pairs guillemets and German low-high quotes', () => {
    assert.deepEqual(quoted('He said «non» and „nein“ twice.'), ['«non»', '„nein“']);
    assert.deepEqual(unbalancedMarks(scan('He said «non» and „nein“ twice.')), []);
  });

  it('leaves inch marks alone', () => {
    assert.deepEqual(unbalancedMarks(scan('A 12" screen and a 9" one.')), []);
  });

  it('ignores quotation marks in code and front matter', () => {
    assert.deepEqual(scan('---\ntitle: "x\n---\nSay `"` here.\n', 'markdown').marks, []);
  });
});
