import { strict as assert } from 'assert';
import { parseArticle } from '../../server/src/core/text';

const sentences = (text: string) => {
  const article = parseArticle(text, 'plaintext');
  return article.paragraphs.flatMap((p) => p.sentences.map((s) => text.slice(s.start, s.end)));
};

describe('sentence boundaries', () => {
  it('splits at a period before a capital', () => {
    assert.deepEqual(sentences('The talks ended. Both sides left.'), ['The talks ended.', 'Both sides left.']);
  });

  it('does not split after Gen., Lt. Col., Sept. or an initial', () => {
    assert.equal(sentences('Gen. Smith and Lt. Col. Jones met on Sept. 26 with J. K. Rowling.').length, 1);
  });

  it('does not split after U.S. or p.m. before a name', () => {
    assert.equal(sentences('The U.S. Army arrived at 3 p.m. Friday.').length, 1);
    assert.equal(sentences('French and U.S. proposals for a truce failed.').length, 1);
  });

  it('splits after U.S. when a typical sentence opener follows', () => {
    assert.deepEqual(sentences('He moved to the U.S. The rest followed.'), ['He moved to the U.S.', 'The rest followed.']);
  });

  it('splits after a closing quotation mark, not inside a quote followed by lowercase', () => {
    assert.deepEqual(sentences('“Why now?” he asked. “Because.” She left.'), ['“Why now?” he asked.', '“Because.”', 'She left.']);
  });

  it('keeps decimals and abbreviations inside figures', () => {
    assert.equal(sentences('It grew 1.5 percent, to $2.3 billion, in No. 4 position.').length, 1);
  });
});
