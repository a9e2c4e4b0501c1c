import { strict as assert } from 'assert';
import { findPublicationDate } from '../../server/src/core/pubdate';
import { parseArticle } from '../../server/src/core/text';

const find = (text: string, option?: string, format: 'markdown' | 'plaintext' = 'plaintext') =>
  findPublicationDate(parseArticle(text, format), option);

describe('publication date', () => {
  it('reads front matter date: first', () => {
    assert.deepEqual(find('---\ndate: 2024-09-26\n---\nSept. 1, 2020\nText.', '2000-01-01')?.date, '2024-09-26');
    assert.equal(find('---\ndate: 2024-09-26T10:00:00Z\n---\nText.')?.source, 'front-matter');
  });

  it('reads a date alone on a line at the top', () => {
    const found = find('Headline here\n\nMarch 01, 2008\n\nNorthrop won.');
    assert.equal(found?.date, '2008-03-01');
    assert.equal(found?.source, 'dateline');
  });

  it('reads a place-and-date dateline, taking the year from the option when it has none', () => {
    assert.equal(find('DOHA, Sept. 26, 2024 (Agency) — Qatar said.')?.date, '2024-09-26');
    assert.equal(find('DOHA, Sept. 26 (Agency) — Qatar said.', '2024-10-01')?.date, '2024-09-26');
    assert.equal(find('DOHA, Sept. 26 (Agency) — Qatar said.'), null);
  });

  it('falls back to the option, then to none', () => {
    assert.deepEqual(find('Nothing dated here.', '2024-09-26'), { date: '2024-09-26', source: 'option', span: null });
    assert.equal(find('Nothing dated here.'), null);
  });

  it('ignores impossible dates and dates deep in the body', () => {
    assert.equal(find('Feb. 30, 2023\nText.'), null);
    assert.equal(find('One.\nTwo.\nThree.\nSept. 26, 2024'), null);
  });
});
