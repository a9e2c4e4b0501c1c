import { strict as assert } from 'assert';
import { LineIndex } from '../../server/src/core/positions';

describe('LineIndex: UTF-16 offsets ↔ LSP positions', () => {
  it('counts \\n, \\r\\n and \\r as line breaks', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
  });

  it('finds the same lines in text without \\r (its fast path), a trailing and an empty line included', () => {
    const index = new LineIndex('a\n\nbc\n');
    assert.equal(index.lineCount, 4);
    assert.deepEqual([0, 2, 3, 5, 6].map((offset) => index.positionAt(offset)), [
      { line: 0, character: 0 }, { line: 1, character: 0 }, { line: 2, character: 0 }, { line: 2, character: 2 }, { line: 3, character: 0 },
    ]);
  });

  it('places an offset inside \\r\\n at the end of its line, and maps back', () => {
    const text = 'ab\r\ncd';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.equal(index.offsetAt({ line: 1, character: 1 }), 5);
  });

  it('counts an emoji as two UTF-16 units', () => {
    const text = '😀 “quote”';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('“')), { line: 0, character: 3 });
    assert.equal(index.offsetAt({ line: 0, character: 3 }), text.indexOf('“'));
  });

  it('counts a combining mark as its own unit', () => {
    const text = 'Zelenske\u0301 said “no”';
    const index = new LineIndex(text);
    assert.equal(index.positionAt(text.indexOf('“')).character, 'Zelenske'.length + 1 + ' said '.length);
  });

  it('clamps positions past a line end or the document end', () => {
    const text = 'one\r\ntwo';
    const index = new LineIndex(text);
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), text.length);
    assert.deepEqual(index.positionAt(999), { line: 1, character: 3 });
  });

  it('gives 1-based line and column for the CLI', () => {
    assert.deepEqual(new LineIndex('a\nbc').lineColumnAt(3), { line: 2, column: 2 });
  });
});
