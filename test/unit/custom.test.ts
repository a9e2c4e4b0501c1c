import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { parseConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/finding';
import { toAnalysisOptions } from '../../server/src/configFile';

/** A config's custom rules, parsed as the CLI and the server parse them, run on a text. */
function run(config: string, text: string, rule: string) {
  const { config: parsed, problems } = parseConfig(config);
  assert.deepEqual(problems, []);
  return analyse(text, toAnalysisOptions(parsed)).findings.filter((f) => f.rule === rule);
}

const utilize = '{ "custom": [{ "id": "custom.utilize", "type": "substitution", "words": ["utilize", "utilise"], ' +
  '"replacement": "use", "message": "Say “{replacement}”, not “{match}”.", "severity": "information" }] }';

describe('custom rules from .copydesk.json', () => {
  it('substitution: reports each word with its fix, matching case and whole words only', () => {
    const text = 'Utilize the tools. Officials will utilise them, not the utilizers.';
    const found = run(utilize, text, 'custom.utilize');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Utilize', 'utilise']);
    assert.equal(found[0].severity, 'information');
    assert.equal(found[0].message, 'Say “Use”, not “Utilize”.');
    assert.equal(applyEdits(text, found.flatMap((f) => f.fixes[0].edits)), 'Use the tools. Officials will use them, not the utilizers.');
  });

  it('inside a quotation: information, no fix; headlines are skipped', () => {
    const config = utilize.replace('"information"', '"warning"');
    const text = 'Mayor will utilize funds\n“We will utilize every dollar,” the mayor said.';
    const found = run(config, text, 'custom.utilize');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.deepEqual(found[0].fixes, []);
  });

  it('existence with an RE2 pattern, and the severity set under "rules"', () => {
    const config = '{ "custom": [{ "id": "custom.very", "pattern": "\\\\b(?i:very|really) (\\\\w+)", "message": "Cut “{match}”?" }], ' +
      '"rules": { "custom.very": "hint" } }';
    const text = 'It was very cold and Really windy.';
    const found = run(config, text, 'custom.very');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['very cold', 'Really windy']);
    assert.equal(found[0].severity, 'hint');
    assert.deepEqual(found[0].fixes, []);
    assert.deepEqual(run(config.replace('"hint"', '"off"'), text, 'custom.very'), []);
  });

  it('substitution with groups: $1 in the replacement', () => {
    const config = '{ "custom": [{ "id": "custom.per-cent", "pattern": "(\\\\d+) per cent", "replacement": "$1%", "message": "AP: {replacement}" }] }';
    const text = 'Prices rose 5 per cent in May.';
    const found = run(config, text, 'custom.per-cent');
    assert.equal(applyEdits(text, found[0].fixes[0].edits), 'Prices rose 5% in May.');
  });

  it('consistency: the majority form wins and the others are fixed to it', () => {
    const config = '{ "custom": [{ "id": "custom.grey", "type": "consistency", "words": ["grey", "gray"], "message": "One spelling: {replacement}" }] }';
    const text = 'The grey car passed. A gray van followed, then a grey bus.';
    const found = run(config, text, 'custom.grey');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['gray']);
    assert.equal(found[0].message, 'One spelling: grey');
    assert.deepEqual(run(config, 'The grey car and the grey bus.', 'custom.grey'), []);
  });

  it('rejects a pattern RE2 cannot run in linear time, with its position and the reason', () => {
    const text = '{ "custom": [{ "id": "custom.x", "pattern": "(\\\\w+)\\\\s\\\\1", "message": "Doubled" },\n' +
      '  { "id": "custom.y", "pattern": "foo(?=bar)", "message": "x" }] }';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.custom, []);
    assert.equal(problems.length, 2);
    assert.deepEqual(problems.map((p) => text.slice(p.offset, p.offset + p.length)), ['"(\\\\w+)\\\\s\\\\1"', '"foo(?=bar)"']);
    assert.match(problems[0].message, /custom\[0\]\.pattern: .*backreferences are not supported .*linear time/);
    assert.equal(problems[1].line, 2);
  });

  it('reports bad rules at their position and keeps the good ones', () => {
    const text = '{ "custom": [\n' +
      '  { "id": "utilize", "words": ["utilize"], "message": "x" },\n' +
      '  { "id": "custom.a", "words": ["a"], "message": "x", "severity": "warn" },\n' +
      '  { "id": "custom.b", "message": "x" },\n' +
      '  { "id": "custom.c", "pattern": "x*", "message": "x" },\n' +
      '  { "id": "custom.d", "type": "consistency", "words": ["grey"], "message": "x" },\n' +
      '  { "id": "custom.e", "words": ["e"], "message": "x", "colour": 1 },\n' +
      '  { "id": "custom.e", "words": ["e"], "message": "x" }\n] }';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.custom?.map((r) => r.id), ['custom.e']);
    assert.deepEqual(problems.map((p) => p.line), [2, 3, 4, 5, 6, 7, 8]);
    assert.match(problems[0].message, /must start with "custom\."/);
    assert.match(problems[1].message, /did you mean warning\?/);
    assert.match(problems[2].message, /"pattern" \(RE2 syntax\) or "words"/);
    assert.match(problems[3].message, /matches an empty string/);
    assert.match(problems[4].message, /two or more forms/);
    assert.match(problems[5].message, /colour: unknown field/);
    assert.match(problems[6].message, /already the id/);
  });

  it('a pattern runs in linear time on input that makes a backtracking engine explode', () => {
    const config = '{ "custom": [{ "id": "custom.slow", "pattern": "(a+)+b", "message": "x" }] }';
    const text = 'a'.repeat(20_000) + '!';
    const start = Date.now();
    assert.deepEqual(run(config, text, 'custom.slow'), []);
    assert.ok(Date.now() - start < 5000);
  });
});

describe('custom consistency rules: forms', () => {
  it('takes two-word forms and refuses longer ones', () => {
    const config = '{ "custom": [{ "id": "custom.pc", "type": "consistency", "words": ["per cent", "percent"], "message": "{replacement}" }] }';
    const text = 'Prices rose 5 per cent. Wages rose 3 percent, and rents 2 percent.';
    assert.deepEqual(run(config, text, 'custom.pc').map((f) => text.slice(f.start, f.end)), ['per cent']);
    const { config: parsed, problems } = parseConfig(config.replace('"per cent"', '"per cent of"'));
    assert.deepEqual(parsed.custom, []);
    assert.match(problems[0].message, /one or two words/);
  });
});
