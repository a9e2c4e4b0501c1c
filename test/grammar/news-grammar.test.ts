// The `news` grammar, tokenized by the same engine VS Code uses (vscode-textmate + oniguruma).
// `.news` has no comment syntax, so vscode-tmgrammar-test's inline assertions cannot be written in it;
// these tests assert on the tokens instead. Each case names a phrase and the scope it must (or must not) carry.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'news.tmLanguage.json');

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

const YAML_STUB = {
  scopeName: 'source.yaml',
  patterns: [{ match: '^[\\w-]+(?=:)', name: 'entity.name.tag.yaml' }],
};

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.news') return textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      // VS Code's built-in YAML extension provides source.yaml. vscode-textmate drops a rule whose include
      // cannot be resolved, so the test stands in a one-pattern YAML grammar to see the embed at work.
      if (scopeName === 'source.yaml') return textmate.parseRawGrammar(JSON.stringify(YAML_STUB), 'yaml.json');
      return null;
    },
  });
  const loaded = await registry.loadGrammar('text.news');
  assert.ok(loaded, 'text.news did not load');
  grammar = loaded;
});

/** Tokens of every line of `text`, in order, each with its full scope stack. */
function tokenize(text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The tokens that make up the first occurrence of `phrase` in `line` (a phrase must start and end on token edges). */
function tokensOf(line: Token[], phrase: string): Token[] {
  const text = line.map((t) => t.text).join('');
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" is not in "${text}"`);
  const end = start + phrase.length;
  const covered: Token[] = [];
  let offset = 0;
  for (const token of line) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) {
      assert.ok(offset >= start && tokenEnd <= end, `"${phrase}" cuts the token "${token.text}" in "${text}"`);
      covered.push(token);
    }
    offset = tokenEnd;
  }
  return covered;
}

/** The last token of a one-line `text` whose text is exactly `word`. */
function lastToken(text: string, word: string): Token {
  const found = tokenize(text)[0].filter((t) => t.text === word).pop();
  assert.ok(found, `no token "${word}" in "${text}"`);
  return found;
}

function hasScope(token: Token, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

/** Asserts that `phrase`, as one line (or within `line`), is exactly one token carrying `scope`. */
function expectScope(text: string, phrase: string, scope: string, lineIndex = 0): void {
  const tokens = tokensOf(tokenize(text)[lineIndex], phrase);
  assert.equal(tokens.length, 1, `"${phrase}" in "${text}" is split into ${JSON.stringify(tokens.map((t) => t.text))}`);
  assert.ok(hasScope(tokens[0], scope), `"${phrase}" has ${tokens[0].scopes.join(' ')}, not ${scope}`);
}

/** Asserts that no part of `phrase` carries `scope`. */
function expectNoScope(text: string, phrase: string, scope: string, lineIndex = 0): void {
  const line = tokenize(text)[lineIndex];
  const joined = line.map((t) => t.text).join('');
  const start = joined.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" is not in "${joined}"`);
  let offset = 0;
  for (const token of line) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < start + phrase.length) {
      assert.ok(!hasScope(token, scope), `"${token.text}" in "${phrase}" has ${scope}`);
    }
    offset = tokenEnd;
  }
}

const QUOTE = 'string.quoted.double.news';
const SINGLE = 'string.quoted.single.news';
const CUE = 'keyword.other.attribution.news';
const LOADED = 'keyword.other.attribution.loaded.news';
const DATE = 'constant.other.date.news';
const TIME = 'constant.other.time.news';

describe('news grammar', () => {
  describe('front matter', () => {
    const article = '---\ndate: 2025-06-02\n---\nFire crews contain blaze';

    it('marks a YAML block on the first line as embedded front matter', () => {
      const lines = tokenize(article);
      assert.ok(hasScope(lines[0][0], 'punctuation.definition.frontmatter.begin.news'));
      assert.ok(lines[1].every((t) => hasScope(t, 'meta.embedded.block.frontmatter.news')));
      assert.ok(hasScope(tokensOf(lines[1], 'date')[0], 'entity.name.tag.yaml'), 'the block is handed to YAML');
      assert.ok(lines[1].every((t) => !hasScope(t, DATE)), 'prose patterns stay out of front matter');
      assert.ok(hasScope(lines[2][0], 'punctuation.definition.frontmatter.end.news'));
      assert.ok(lines[3].every((t) => !hasScope(t, 'meta.frontmatter.news')), 'the body is not front matter');
    });

    it('does not take a later --- for front matter', () => {
      const lines = tokenize('Headline\n---\ndate: 2025-06-02\n---');
      for (const line of lines) assert.ok(line.every((t) => !hasScope(t, 'meta.frontmatter.news')));
    });
  });

  describe('quotations', () => {
    it('scopes curly and straight double quotes, marks included', () => {
      const line = tokenize('“We are ready,” she said. Then "we go," he said.')[0];
      assert.ok(tokensOf(line, '“We are ready,”').every((t) => hasScope(t, QUOTE)));
      assert.ok(hasScope(tokensOf(line, '“')[0], 'punctuation.definition.string.begin.news'));
      assert.ok(hasScope(tokensOf(line, '”')[0], 'punctuation.definition.string.end.news'));
      assert.ok(tokensOf(line, '"we go,"').every((t) => hasScope(t, QUOTE)));
      expectNoScope('“We are ready,” she said.', ' she said.', QUOTE);
    });

    it('nests single quotes inside double, apostrophes staying inside', () => {
      const text = '“He told me ‘we don’t stop’ and left,” she said.';
      const line = tokenize(text)[0];
      assert.ok(tokensOf(line, '‘we don’t stop’').every((t) => hasScope(t, SINGLE) && hasScope(t, QUOTE)));
      expectNoScope(text, ' and left,”', SINGLE);
      const straight = '"They called it \'a win\' today," he said.';
      assert.ok(tokensOf(tokenize(straight)[0], "'a win'").every((t) => hasScope(t, SINGLE)));
    });

    it('does not take apostrophes for quotes', () => {
      for (const text of ["Qatar’s effort in the ’90s", "Qatar's effort in the '90s", 'Al-Qa’ida said', "they don't know"]) {
        for (const token of tokenize(text)[0]) {
          assert.ok(!hasScope(token, SINGLE) && !hasScope(token, QUOTE), `"${token.text}" of "${text}" is quoted`);
        }
      }
    });

    it('ends an unclosed quotation with its paragraph (the line)', () => {
      const lines = tokenize('It was “grateful to the crews.\nResidents were asked to stay inside.');
      assert.ok(hasScope(lines[0][lines[0].length - 1], QUOTE));
      assert.ok(lines[1].every((t) => !hasScope(t, QUOTE)));
    });

    it('ends an unclosed inner quote at its parent’s closing mark', () => {
      const text = '“He said ‘no and left,” she said.';
      expectNoScope(text, ' she said.', QUOTE);
      assert.ok(hasScope(lastToken(text, 'said'), CUE));
    });

    it('leaves a stray closing mark alone', () => {
      const text = 'until ” the goals of the war are achieved”.';
      for (const token of tokenize(text)[0]) assert.ok(!hasScope(token, QUOTE));
    });
  });

  describe('attribution cues', () => {
    for (const [text, cue] of [
      ['“We will,” Duarte said.', 'said'],
      ['Al Ansari says the talks go on.', 'says'],
      ['Duarte told reporters at the scene.', 'told'],
      ['she added, smiling', 'added'],
      ['Lvova-Belova wrote on Telegram', 'wrote'],
      ['Netanyahu posted on X', 'posted'],
      ['Trump tweeted on Sunday', 'tweeted'],
      ['asked whether it was safe', 'asked'],
      ['Qatar has repeatedly warned of the risk', 'warned'],
      ['according to the MoFA spokesperson', 'according to'],
      ['According to the ministry, 48 children', 'According to'],
    ] as const) {
      it(`"${cue}" in "${text}"`, () => expectScope(text, cue, CUE));
    }

    it('marks loaded verbs apart, still as attribution', () => {
      expectScope('Ukraine claims that fewer than 400 returned', 'claims', LOADED);
      expectScope('the minister insisted on Monday', 'insisted', LOADED);
      expectScope('as he pointed out later', 'pointed out', LOADED);
    });

    it('does not find a cue inside a word or a name', () => {
      expectNoScope('the aforesaid report', 'aforesaid', CUE);
      expectNoScope('Edward Said wrote it', 'Said', CUE);
      expectNoScope('the unsaid truth', 'unsaid', CUE);
      expectNoScope('a retold story', 'retold', CUE);
    });

    it('does not find a cue inside a quotation', () => {
      expectNoScope('“I said no,” she said.', 'I said no', CUE);
      assert.ok(hasScope(lastToken('“I said no,” she said.', 'said'), CUE));
    });
  });

  describe('figures', () => {
    for (const [text, figure, scope] of [
      ['about 20,000 Ukrainian children', '20,000', 'constant.numeric.figure.news'],
      ['a 3.5 magnitude quake', '3.5', 'constant.numeric.figure.news'],
      ['$2.5 million in aid', '$2.5 million', 'constant.numeric.currency.news'],
      ['Kyiv lost 1.2 billion', '1.2 billion', 'constant.numeric.figure.news'],
      ['prices rose 15% last year', '15%', 'constant.numeric.percentage.news'],
      ['prices rose 15 percent', '15 percent', 'constant.numeric.percentage.news'],
      ['the 10th time', '10th', 'constant.numeric.figure.news'],
      ['10 Ukrainian and four Russian children', 'four', 'constant.numeric.word.news'],
      ['Twelve people were hurt', 'Twelve', 'constant.numeric.word.news'],
      ['a 21-day halt', '21', 'constant.numeric.figure.news'],
      ['“There are eight boys,” she said', 'eight', 'constant.numeric.word.news'],
    ] as const) {
      it(`${figure} in "${text}"`, () => expectScope(text, figure, scope));
    }

    it('does not find numbers inside words, names or pronouns', () => {
      expectNoScope('no one was injured', 'one', 'constant.numeric');
      expectNoScope('someone said', 'someone', 'constant.numeric');
      expectNoScope('a network of tenants', 'network of tenants', 'constant.numeric');
      expectNoScope('COVID-19 cases', 'COVID-19', 'constant.numeric');
      expectNoScope('the MP3 file', 'MP3', 'constant.numeric');
    });
  });

  describe('dates', () => {
    for (const [text, date] of [
      ['On October 16, 2023, Qatar facilitated', 'October 16, 2023'],
      ['DOHA, Sept. 26 (Agency) —', 'Sept. 26'],
      ['Tuesday, Oct. 16, 2023', 'Oct. 16, 2023'],
      ['Tuesday, Oct. 16, 2023', 'Tuesday'],
      ['since Russia began its invasion in February 2022.', 'February 2022'],
      ['Since July 2023, Qatar has helped', 'July 2023'],
      ['on 16 October 2023 in Doha', '16 October 2023'],
      ['on October 16th', 'October 16th'],
      ['by early Monday, the department said', 'Monday'],
      ['in mid-October the talks resumed', 'October'],
      ['the deadline, Jan. 5, passed', 'Jan. 5'],
      ['filed on 2025-06-02 in court', '2025-06-02'],
    ] as const) {
      it(`${date} in "${text}"`, () => expectScope(text, date, DATE));
    }

    it('takes a year after since/in as a date, a year-like count not', () => {
      const line = tokenize('since 2014, and 2014 people')[0];
      assert.ok(hasScope(tokensOf(line, '2014')[0], DATE));
      const later = line.filter((t) => t.text === '2014')[1];
      assert.ok(later && !hasScope(later, DATE) && hasScope(later, 'constant.numeric.figure.news'));
    });

    it('scopes today/yesterday as relative dates', () => {
      expectScope('the minister said yesterday', 'yesterday', 'constant.other.date.relative.news');
    });

    it('does not take a time for a date', () => {
      expectScope('at 3 p.m. on Monday', '3 p.m.', TIME);
      expectNoScope('at 3 p.m. on Monday', '3 p.m.', DATE);
      expectScope('by 10:30 a.m.', '10:30 a.m.', TIME);
      expectNoScope('by 16:00 local time', '16:00', DATE);
    });

    it('does not take May the verb, a name or a bare number for a date', () => {
      expectNoScope('They May reconsider', 'May', DATE);
      expectNoScope('Jan Kowalski said', 'Jan', DATE);
      expectNoScope('ages 12 to 17', 'ages 12 to 17', DATE);
      expectScope('on May 3, 2024', 'May 3, 2024', DATE);
    });
  });
});

describe('news language configuration', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as {
    autoClosingPairs: { open: string; close: string }[];
    wordPattern: { pattern: string; flags: string };
  };

  it('auto-closes curly quotes but not the straight apostrophe', () => {
    const pairs = config.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['“”', '‘’', '()', '""']) assert.ok(pairs.includes(pair), pair);
    assert.ok(!pairs.includes("''"), "typing don't must not insert a second '");
  });

  it('takes hyphenated names and possessives for one word, quotation marks not', () => {
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    const words = (text: string) => text.match(word) ?? [];
    assert.deepEqual(words('“Lvova-Belova, Qatar’s envoy, don\'t”'), ['Lvova-Belova', 'Qatar’s', 'envoy', "don't"]);
    assert.deepEqual(words('20,000 children, 3.5%'), ['20,000', 'children', '3.5']);
  });
});
