// The small fixes the reliability work made in shared code, each with the case that found it.

import { strict as assert } from 'assert';
import { oneLine } from '../../server/src/cli/common';
import { applyEdits } from '../../server/src/core/finding';
import { splitSentences } from '../../server/src/core/sentences';
import { parseArticle } from '../../server/src/core/text';

const cpuMs = (work: () => void) => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

describe('reliability: fixes in shared code', () => {
  it('applyEdits: in one pass, later insertions at one point first, as before', () => {
    assert.equal(applyEdits('abcdef', [{ start: 1, end: 2, newText: 'B' }, { start: 4, end: 4, newText: 'x' }, { start: 4, end: 4, newText: 'y' }]), 'aBcdyxef');
    assert.equal(applyEdits('abc', []), 'abc');
    const text = 'x'.repeat(5_000_000);
    const edits = Array.from({ length: 5000 }, (_, i) => ({ start: i * 1000, end: i * 1000 + 1, newText: 'y' }));
    assert.ok(cpuMs(() => applyEdits(text, edits)) < 500, '5,000 edits on 5 MB');
  });

  it('oneLine: line breaks and the blanks around them become one space; a long run of blanks is linear', () => {
    assert.equal(oneLine('a \r\n  b\u2028c  d'), 'a b c  d');
    assert.ok(cpuMs(() => oneLine(' \t'.repeat(100_000) + 'x')) < 200);
  });

  it('sentences: a paragraph of 100,000 dots splits in linear time, and "... And" still ends a sentence', () => {
    assert.equal(splitSentences('It ended... And then.', { start: 0, end: 21 }).length, 2);
    const dots = '.'.repeat(100_000);
    assert.ok(cpuMs(() => splitSentences(dots, { start: 0, end: dots.length })) < 500);
  });

  it('Markdown: closing hashes of a heading are blanked; a heading line of blanks is linear', () => {
    assert.equal(parseArticle('# Title ##\nbody', 'markdown').prose, '  Title   \nbody');
    assert.equal(parseArticle('# C#', 'markdown').prose, '  C#');
    assert.ok(cpuMs(() => parseArticle('# a' + ' \t'.repeat(5000) + 'x #', 'markdown')) < 200);
  });
});
