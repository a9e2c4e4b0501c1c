import { strict as assert } from 'assert';
import { parseArticle } from '../../server/src/core/text';

const paragraphs = (text: string, format: 'markdown' | 'plaintext' = 'markdown') =>
  parseArticle(text, format).paragraphs.map((p) => text.slice(p.start, p.end));

describe('article model', () => {
  it('keeps prose the same length as the text, line breaks in place', () => {
    const text = '---\ndate: 2024-09-26\n---\n# Head\n\nBody `code` here.\r\n';
    const { prose } = parseArticle(text, 'markdown');
    assert.equal(prose.length, text.length);
    assert.equal(prose.indexOf('\n'), text.indexOf('\n'));
  });

  it('reads YAML front matter and leaves it out of the prose', () => {
    const article = parseArticle('---\ntitle: "A “quoted” title"\ndate: 2024-09-26\n---\nBody.\n', 'plaintext');
    assert.equal(article.frontMatter?.data?.date, '2024-09-26');
    assert.doesNotMatch(article.prose, /title/);
    assert.equal(article.paragraphs.length, 1);
  });

  it('reports broken front matter without throwing', () => {
    const article = parseArticle('---\ndate: [unclosed\n---\nBody.\n', 'markdown');
    assert.ok(article.frontMatter?.error);
    assert.equal(article.frontMatter?.data, null);
  });

  it('splits plain text into one paragraph per non-empty line', () => {
    assert.deepEqual(paragraphs('First line.\n\nSecond line.\r\nThird.', 'plaintext'), ['First line.', 'Second line.', 'Third.']);
  });

  it('splits Markdown paragraphs at blank lines, not at line breaks', () => {
    assert.deepEqual(paragraphs('One\nstill one.\n\nTwo.'), ['One\nstill one.', 'Two.']);
  });

  it('blanks code blocks, code spans, HTML comments and link targets', () => {
    const text = 'Say `"x` and <!-- "y --> [link](http://a.b/"z") done.\n\n```\n"code\n```\n';
    const { prose } = parseArticle(text, 'markdown');
    assert.doesNotMatch(prose, /"/);
    assert.match(prose, /\[link\]/);
    assert.match(prose, /done\./);
  });

  it('blanks list and block quote markers but keeps their text', () => {
    const text = '- “Item one,” he said.\n\n> “Quoted,” she said.\n';
    const article = parseArticle(text, 'markdown');
    const texts = article.paragraphs.map((p) => article.prose.slice(p.start, p.end));
    assert.deepEqual(texts, ['“Item one,” he said.', '“Quoted,” she said.']);
  });

  it('marks headings and short unpunctuated lines as headlines, sentences not', () => {
    const article = parseArticle('No link between Gaza and ceasefire talks\nHe said it was over.\n', 'plaintext');
    assert.deepEqual(article.paragraphs.map((p) => p.headline), [true, false]);
    assert.equal(parseArticle('## Subhead\n\nText.\n', 'markdown').paragraphs[0].headline, true);
  });

  it('leaves tables out of the prose', () => {
    const { paragraphs: found } = parseArticle('| a | "b |\n|---|---|\n| 1 | 2 |\n\nAfter.\n', 'markdown');
    assert.equal(found.length, 1);
  });

  it('stays linear on a line of 200,000 backticks and comment openers', () => {
    const text = '`a'.repeat(50_000) + '<!--'.repeat(25_000);
    const started = Date.now();
    parseArticle(text, 'markdown');
    assert.ok(Date.now() - started < 2000);
  });
});
