import { strict as assert } from 'assert';
import { parseConfig, type ConfigProblem } from '../../server/src/core/config';

const warnings = (problems: ConfigProblem[]) => problems.filter((p) => p.severity === 'warning');

describe('parseConfig', () => {
  describe('accepts', () => {
    it('an empty file, whitespace or comments only: defaults, no problem', () => {
      for (const text of ['', '  \n', '// nothing yet\n/* really */']) {
        assert.deepEqual(parseConfig(text), { config: { rules: {} }, problems: [] });
      }
    });

    it('every setting, with comments and trailing commas', () => {
      const text = `{
        "$schema": "./node_modules/copydesk/schemas/copydesk.schema.json",
        // the house style
        "rules": {
          "quote.nesting": "off", /* AP */
          "quote.mixed-style": "warning",
          "custom.no-bombshell": "error",
        },
        "publicationDate": "2024-02-29",
        "quoteStyle": "curly",
      }`;
      assert.deepEqual(parseConfig(text), {
        config: {
          rules: { 'quote.nesting': 'off', 'quote.mixed-style': 'warning', 'custom.no-bombshell': 'error' },
          publicationDate: '2024-02-29',
          quoteStyle: 'curly',
        },
        problems: [],
      });
    });

    it('a byte order mark', () => {
      assert.deepEqual(parseConfig('\uFEFF{ "quoteStyle": "straight" }'), { config: { rules: {}, quoteStyle: 'straight' }, problems: [] });
    });
  });

  describe('syntax errors', () => {
    it('are errors at the right line and column, and void the whole file', () => {
      const text = '{\n  "rules": { "quote.nesting": "off" }\n  "quoteStyle": "curly"\n}\n';
      const { config, problems } = parseConfig(text);
      assert.deepEqual(config, { rules: {} });
      assert.equal(problems[0].severity, 'error');
      assert.equal(problems[0].message, 'syntax error: expected a comma');
      assert.deepEqual([problems[0].line, problems[0].column], [3, 3]);
      assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), '"quoteStyle"');
    });

    it('name an unclosed string, an unclosed comment and a stray value', () => {
      assert.match(parseConfig('{ "rules": "off }').problems[0].message, /string never closed/);
      assert.match(parseConfig('{ /* note ').problems[0].message, /comment never closed/);
      assert.match(parseConfig('{} {}').problems[0].message, /expected the end of the file/);
      assert.match(parseConfig("{ 'rules': {} }").problems[0].message, /^syntax error/);
    });

    it('count columns in UTF-16 units, 1-based', () => {
      const { problems } = parseConfig('{ "a😀": 1 x }');
      assert.equal(problems[0].severity, 'error');
      // `x` is the 12th code unit (the emoji takes two).
      assert.deepEqual([problems[0].line, problems[0].column, problems[0].offset], [1, 12, 11]);
    });
  });

  describe('bad entries are warnings that void only themselves', () => {
    it('an unknown rule id, with the likely one', () => {
      const text = '{ "rules": { "quote.unbalancd": "off", "quote.nesting": "off" } }';
      const { config, problems } = parseConfig(text);
      assert.deepEqual(config, { rules: { 'quote.nesting': 'off' } });
      assert.equal(problems.length, 1);
      assert.equal(problems[0].severity, 'warning');
      assert.equal(problems[0].message, 'rules.quote.unbalancd: unknown rule id (did you mean quote.unbalanced?)');
      assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), '"quote.unbalancd"');
    });

    it('a rule id without its family, or unlike any', () => {
      assert.match(parseConfig('{ "rules": { "unbalanced": "off" } }').problems[0].message, /did you mean quote\.unbalanced\?/);
      assert.match(parseConfig('{ "rules": { "grammar": "off" } }').problems[0].message, /unknown rule id; custom rules start with "custom\."/);
      assert.match(parseConfig('{ "rules": { "custom.": "off" } }').problems[0].message, /unknown rule id/);
    });

    it('nested rule objects, as VS Code settings nest them', () => {
      const { config, problems } = parseConfig('{ "rules": { "quote": { "nesting": "off" } } }');
      assert.deepEqual(config.rules, {});
      assert.match(problems[0].message, /^rules\.quote: rule ids are flat keys here.*"quote\.[a-z-]+": "off"/);
    });

    it('a bad severity, with the likely one', () => {
      const { config, problems } = parseConfig('{ "rules": { "quote.nesting": "warn", "quote.punctuation": "Error", "quote.unbalanced": 2 } }');
      assert.deepEqual(config.rules, {});
      assert.deepEqual(problems.map((p) => p.message), [
        'rules.quote.nesting: "warn" is not a severity; use error, warning, information, hint or off (did you mean warning?)',
        'rules.quote.punctuation: "Error" is not a severity; use error, warning, information, hint or off (did you mean error?)',
        'rules.quote.unbalanced: expected a severity string, got the number 2; use error, warning, information, hint or off',
      ]);
      assert.ok(problems.every((p) => p.severity === 'warning'));
    });

    it('rules that are not an object', () => {
      const { config, problems } = parseConfig('{ "rules": ["quote.nesting"], "quoteStyle": "curly" }');
      assert.deepEqual(config, { rules: {}, quoteStyle: 'curly' });
      assert.match(problems[0].message, /^rules: expected an object .* got an array$/);
    });

    it('an impossible or malformed publication date', () => {
      for (const [value, pattern] of [
        ['"2023-02-29"', /"2023-02-29" is not a valid date; use YYYY-MM-DD/],
        ['"26/09/2024"', /not a valid date/],
        ['20240926', /expected a date string \(YYYY-MM-DD\), got the number 20240926/],
      ] as const) {
        const { config, problems } = parseConfig(`{ "publicationDate": ${value} }`);
        assert.equal(config.publicationDate, undefined);
        assert.match(problems[0].message, pattern);
      }
    });

    it('an unknown quote style', () => {
      const { config, problems } = parseConfig('{ "quoteStyle": "smart" }');
      assert.equal(config.quoteStyle, undefined);
      assert.equal(problems[0].message, 'quoteStyle: "smart" is not one of auto, curly or straight');
    });

    it('an unknown top-level key, with the likely one; $schema is fine', () => {
      const { problems } = parseConfig('{ "$schema": "x", "rule": {}, "colour": 1 }');
      assert.deepEqual(problems.map((p) => p.message), [
        'rule: unknown setting, ignored (did you mean rules?)',
        'colour: unknown setting, ignored; the settings are rules, publicationDate, quoteStyle, attribution, percentStyle, accept, style or custom',
      ]);
    });

    it('a top level that is not an object', () => {
      for (const text of ['[]', '"rules"', '42', 'null']) {
        const { config, problems } = parseConfig(text);
        assert.deepEqual(config, { rules: {} });
        assert.equal(problems.length, 1);
        assert.equal(problems[0].severity, 'warning');
        assert.match(problems[0].message, /^expected an object/);
      }
    });

    it('a duplicate key: the last one wins, as in JSON.parse', () => {
      const { config, problems } = parseConfig('{ "quoteStyle": "curly", "quoteStyle": "straight" }');
      assert.equal(config.quoteStyle, 'straight');
      assert.deepEqual(warnings(problems).map((p) => [p.message, p.column]), [['quoteStyle: duplicate key; the last one wins', 26]]);
    });
  });

  describe('hostile input never throws', () => {
    const hostile: [string, string][] = [
      ['a million open brackets', '['.repeat(1_000_000)],
      ['deep objects', '{"a":'.repeat(100_000)],
      ['a file over the size limit', `{ "x": "${'a'.repeat(2_000_000)}" }`],
      ['thousands of unknown keys', `{ ${Array.from({ length: 20_000 }, (_, i) => `"k${i}${'x'.repeat(40)}": ${i}`).join(', ')} }`],
      ['thousands of unknown rules', `{ "rules": { ${Array.from({ length: 20_000 }, (_, i) => `"quote.${'y'.repeat(90)}${i}": "off"`).join(', ')} } }`],
      ['control characters and lone surrogates', '{ "rules": { "\u0000\ud800": "\u0007" }, "\udfff": 1 }'],
      ['prototype keys', '{ "__proto__": { "polluted": true }, "rules": { "__proto__": "off", "constructor": "off" } }'],
      ['random characters', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 0x2fff)).join('')],
    ];
    for (const [name, text] of hostile) {
      it(name, () => {
        const started = Date.now();
        const { config, problems } = parseConfig(text);
        assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
        assert.ok(problems.length >= 1 && problems.length <= 51, `${problems.length} problems`);
        for (const problem of problems) {
          assert.ok(problem.offset >= 0 && problem.offset + problem.length <= text.length);
          assert.ok(problem.line >= 1 && problem.column >= 1);
          assert.ok(!/[\r\n]/.test(problem.message), 'one-line messages');
        }
        assert.equal(Object.getPrototypeOf(config.rules), Object.prototype);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      });
    }

    it('caps the list and says how many more there were', () => {
      const text = `{ ${Array.from({ length: 120 }, (_, i) => `"k${i}": 1`).join(', ')} }`;
      const { problems } = parseConfig(text);
      assert.equal(problems.length, 51);
      assert.equal(problems[50].message, '… and 70 more problems');
    });
  });
});
