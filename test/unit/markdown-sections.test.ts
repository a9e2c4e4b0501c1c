// Markdown is parsed section by section (core/text.ts markdownSections) so a keystroke re-parses one
// section: the blocks must be exactly those of one parse of the whole document, whatever the lines.

import { strict as assert } from 'assert';
import fc from 'fast-check';
import { markdownBlocks, parseMarkdown } from '../../server/src/core/text';
import { realArticles } from '../reliability/inputs';

const whole = (text: string) => parseMarkdown(text).blocks;

/** Lines that open, close or continue every block that can run past a blank line, and plain prose. */
const LINES = [
  '', '', '', '   ', 'Prose line.', 'Another sentence here.', '“A quotation,” she said.', '"Straight quote," he said.', '‘Single’',
  '```', '```js', '~~~', '~~~~', '````', '  ```', '   ~~~', '    ```', '``` x ` y', '> ```', '- ```', '1. ```',
  '<!--', '-->', '<!-- copydesk-disable -->', 'text -->', '<script>', '</script>', '<pre', '</pre>', '<div>', '</div>',
  '<?php', '?>', '<!DOCTYPE html>', '<!X', '>', '<![CDATA[', ']]>', '<span>', '> quoted', '> > nested', '- item', '* item',
  '1. first', '2) second', '  continued', '    indented code', '# Heading', 'Title', '=====', '-----', '| a | b |',
  '|---|---|', '[ref]: http://x.y', 'Éclair at noon.', 'Ünal said.',
];

const markdownLines = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => lines.join(br));

describe('Markdown sections', () => {
  it('give the blocks of one whole-document parse, for any lines', () => {
    fc.assert(fc.property(markdownLines, (text) => assert.deepEqual(markdownBlocks(text, 0), whole(text))), { seed: 20261127, numRuns: 3000 });
  });

  it('give the blocks of one whole-document parse of real articles', () => {
    for (const article of realArticles(40)) {
      const text = article.text.replace(/\n/g, '\n\n');
      assert.deepEqual(markdownBlocks(text, 0), whole(text), article.name);
    }
  });

  it('join the sections a fenced code block runs across', () => {
    const text = 'Before.\n\n```\ncode\n\nStill code.\n```\n\nAfter.\n';
    assert.deepEqual(markdownBlocks(text, 0).kept.map((b) => text.slice(b.start, b.end)), ['Before.', 'After.']);
  });

  it('join the sections an HTML comment runs across', () => {
    const text = 'Before.\n\n<!--\n\nHidden.\n-->\n\nAfter.\n';
    assert.deepEqual(markdownBlocks(text, 0).kept.map((b) => text.slice(b.start, b.end)), ['Before.', 'After.']);
  });
});
