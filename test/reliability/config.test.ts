// Hostile `.copydesk.json`: broken, huge, deeply nested, wrong types, prototype keys, catastrophic
// patterns for custom rules. Each is reported at its position and never crashes; no configuration runs
// code, reads a file or reaches the network; the extension declares how it behaves in untrusted workspaces.

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { analyse } from '../../server/src/core/analyse';
import { parseConfig, type ConfigProblem } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/positions';
import { loadConfigFile, toAnalysisOptions } from '../../server/src/configFile';
import { ROOT, count, params } from './inputs';

/** Every problem points inside the text, and its line and column agree with its offset. */
function checkProblems(text: string, problems: readonly ConfigProblem[]): void {
  const lines = new LineIndex(text);
  assert.ok(problems.length <= 51, `${problems.length} problems: the list is capped`);
  for (const problem of problems) {
    assert.ok(problem.message.length > 0 && problem.message.length < 2000, 'a readable message');
    assert.ok(problem.offset >= 0 && problem.offset <= text.length && problem.offset + problem.length <= text.length + 1, `${problem.message}: offset ${problem.offset} in ${text.length}`);
    const position = lines.positionAt(problem.offset);
    assert.deepEqual([problem.line, problem.column], [position.line + 1, position.character + 1], problem.message);
  }
}

function parseChecked(text: string): ReturnType<typeof parseConfig> {
  count('configurations parsed');
  const result = parseConfig(text);
  checkProblems(text, result.problems);
  // Whatever was read is a usable configuration: it goes into an analysis without throwing.
  analyse('He said ” no.” The utilize plan, the 1990s.', toAnalysisOptions(result.config));
  return result;
}

const VALID = `{
  // A newsroom's house style
  "$schema": "./node_modules/copydesk/schemas/copydesk.schema.json",
  "rules": { "quote.misoriented": "error", "attribution.loaded-verb": "off" },
  "publicationDate": "2024-09-26",
  "quoteStyle": "curly",
  "attribution": { "cues": ["grumbled"], "loadedVerbs": ["claim"] },
  "custom": [{ "id": "custom.utilize", "type": "substitution", "words": ["utilize"], "replacement": "use", "message": "Say use" }],
}`;

/** Values of every JSON type, for every key. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
const KEYS = ['rules', 'publicationDate', 'quoteStyle', 'attribution', 'percentStyle', 'accept', 'style', 'custom', '$schema', 'colour', '__proto__', 'constructor'];

describe('reliability: hostile configuration', function () {
  this.timeout(60000);

  it('a valid configuration has no problems (the checker can pass)', () => {
    assert.deepEqual(parseChecked(VALID).problems, []);
  });

  it('random JSON values for every setting: problems at their positions, never a throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), anyJson), (object) => {
        parseChecked(JSON.stringify(object, null, 2));
      }),
      params(400),
    );
  });

  it('random rule tables and custom rules of the right shape but wrong values', () => {
    const severity = fc.oneof(fc.constantFrom('error', 'warning', 'information', 'hint', 'off', 'Error', '', 'default'), anyJson);
    const rule = fc.oneof(fc.constantFrom('quote.misoriented', 'quote.nosuch', 'custom.x', 'custom.', 'Quote.Misoriented', '__proto__', 'constructor'), fc.string());
    const custom = fc.record({
      id: fc.oneof(fc.constantFrom('custom.a', 'custom.a', 'x', ''), fc.string()),
      type: fc.oneof(fc.constantFrom('existence', 'substitution', 'consistency', 'eval'), anyJson),
      pattern: fc.oneof(fc.constantFrom('(a+)+$', '(a|a)*b', '(?=a)', '(a)\\1', 'a**', '[', '', '.*', 'x{1000}{1000}', '\\p{Lu}+'), fc.string()),
      words: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), anyJson),
      replacement: fc.oneof(fc.constantFrom('$1', '${process.exit()}', '`rm -rf /`'), fc.string()),
      message: fc.oneof(fc.string(), anyJson),
      severity,
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.dictionary(rule, severity), fc.array(custom, { maxLength: 5 }), (rules, customs) => {
        parseChecked(JSON.stringify({ rules, custom: customs }));
      }),
      params(400),
    );
  });

  it('mutations of a valid file (cut, doubled, a byte changed): syntax errors with their line and column', () => {
    fc.assert(
      fc.property(fc.nat(VALID.length), fc.nat(40), fc.constantFrom('', '{', '}', '"', ',', '/*', '\u0000', '\ufeff', '\r\n', '😀', '\ud800'), (at, cut, insert) => {
        parseChecked(VALID.slice(0, at) + insert + VALID.slice(at + cut));
      }),
      params(400),
    );
  });

  it('deep nesting, megabytes, and a hundred thousand keys are refused or read, fast, never a stack overflow', () => {
    const cases: Record<string, string> = {
      'deep arrays': '['.repeat(100_000),
      'deep objects': '{"rules":'.repeat(50_000) + '{}' + '}'.repeat(50_000),
      'deep in a string-free comment': '/*' + '['.repeat(100_000) + '*/{}',
      'two megabytes of blanks': ' '.repeat(2_000_000) + '{}',
      'nearly a megabyte of cues': JSON.stringify({ attribution: { cues: Array.from({ length: 60_000 }, (_, i) => `verb${i}ed`) } }),
      'a hundred thousand unknown keys': '{' + Array.from({ length: 100_000 }, (_, i) => `"k${i}": 1`).join(',') + '}',
      'a one-megabyte key': `{"${'k'.repeat(999_000)}": 1}`,
      'ten thousand rules': JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`quote.x${i}`, 'off'])) }),
      'a thousand custom rules': JSON.stringify({ custom: Array.from({ length: 1000 }, (_, i) => ({ id: `custom.r${i}`, type: 'existence', pattern: `w${i}(a+)+`, message: 'm' })) }),
    };
    for (const [name, text] of Object.entries(cases)) {
      const started = process.hrtime.bigint();
      const { problems } = parseChecked(text);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 3000, `${name}: ${ms.toFixed(0)} ms`);
      if (name.startsWith('deep') && name !== 'deep in a string-free comment') assert.ok(problems.some((p) => p.severity === 'error'), `${name}: refused`);
    }
  });

  it('prototype keys neither pollute objects nor become settings', () => {
    const text = '{"__proto__": {"polluted": true}, "rules": {"__proto__": "off", "constructor": "error", "toString": "off"}, "attribution": {"__proto__": {"cues": ["x"]}}}';
    const { config } = parseChecked(text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(config.rules), Object.prototype);
    assert.ok(!Object.prototype.hasOwnProperty.call(config.rules, '__proto__'));
    assert.ok(!Object.prototype.hasOwnProperty.call(config.rules, 'constructor'));
  });

  it('a catastrophic pattern in a custom rule: rejected with its position, or run in linear time', () => {
    const patterns = ['(a+)+$', '(a|a)*b', '(a|aa)+c', '(.*a){12}', '^(\\w+\\s?)+$', '(x+x+)+y', '(?:a*)*b', '([a-z]+)*[0-9]'];
    const text = 'a'.repeat(100_000) + ' ' + 'x'.repeat(50_000);
    for (const pattern of patterns) {
      const source = JSON.stringify({ custom: [{ id: 'custom.evil', type: 'existence', pattern, message: 'evil' }] }, null, 2);
      const { config, problems } = parseChecked(source);
      const at = source.indexOf(JSON.stringify(pattern).slice(1, -1));
      if (problems.length > 0) {
        assert.ok(problems.some((p) => p.offset >= at - 12 && p.offset <= at + pattern.length + 2), `${pattern}: reported at the pattern (${JSON.stringify(problems)})`);
        continue;
      }
      const started = process.hrtime.bigint();
      analyse(text, toAnalysisOptions(config));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      count('catastrophic custom patterns run on 150 KB');
      assert.ok(ms < 5000, `${pattern}: ${ms.toFixed(0)} ms on 150 KB`);
    }
  });

  it('no configuration reads a file, starts a process or opens a connection while it is read and applied', () => {
    const calls: string[] = [];
    // The modules themselves (not TypeScript's import wrappers, whose properties are read-only getters).
    const modules: Record<string, Record<string, unknown>> = { fs: require('fs'), child_process: require('child_process'), http: require('http'), https: require('https'), net: require('net') };
    const traps: [Record<string, unknown>, string][] = [
      ...['readFileSync', 'openSync', 'readFile', 'existsSync', 'statSync', 'readdirSync', 'createReadStream'].map((name): [Record<string, unknown>, string] => [modules.fs, name]),
      ...['spawn', 'exec', 'execSync', 'spawnSync', 'fork'].map((name): [Record<string, unknown>, string] => [modules.child_process, name]),
      [modules.http, 'request'], [modules.http, 'get'], [modules.https, 'request'], [modules.net, 'connect'], [modules.net, 'createConnection'],
    ];
    const saved = traps.map(([owner, name]) => owner[name]);
    const evalSaved = globalThis.eval;
    const hostile = JSON.stringify({
      $schema: 'https://attacker.example/schema.json',
      extends: '../../../../etc/passwd',
      include: ['/etc/shadow'],
      publicationDate: '/etc/passwd',
      quoteStyle: 'require("child_process").exec("id")',
      attribution: { cues: ['${process.exit(1)}', '__proto__'], loadedVerbs: ['`id`'] },
      rules: { 'custom.x': 'file:///etc/passwd' },
      custom: [
        { id: 'custom.a', type: 'substitution', pattern: '(\\w+)', replacement: '$1${require("fs")}', message: '{match} ${process.env.HOME}' },
        { id: 'custom.b', type: 'consistency', words: ['http://169.254.169.254/', 'file:///etc/passwd'], message: 'm' },
      ],
    });
    traps.forEach(([owner, name]) => {
      owner[name] = (...args: unknown[]) => {
        calls.push(`${name}(${String(args[0]).slice(0, 60)})`);
        throw new Error(`${name} called`);
      };
    });
    globalThis.eval = ((code: string) => {
      calls.push(`eval(${code.slice(0, 60)})`);
      throw new Error('eval called');
    }) as typeof eval;
    try {
      // The trap works: a read through the import wrapper the sources use is caught.
      assert.throws(() => fs.readFileSync(__filename), /readFileSync called/);
      calls.length = 0;
      const { config } = parseConfig(hostile);
      const analysis = analyse('He said ” no.” Visit http://169.254.169.254/ or file:///etc/passwd. John utilized it.', toAnalysisOptions(config));
      assert.ok(Array.isArray(analysis.findings));
    } finally {
      traps.forEach(([owner, name], i) => (owner[name] = saved[i]));
      globalThis.eval = evalSaved;
    }
    assert.deepEqual(calls, []);
  });

  it('the core has no way to run code or reach out: no eval, Function, process, fs, net or dynamic import in server/src/core', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts')) {
          const source = fs.readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
          const found = /\beval\s*\(|\bnew\s+Function\b|\bimport\s*\(|require\s*\(|from\s+'(?:node:)?(?:fs|child_process|http|https|net|tls|dgram|vm|worker_threads)'|\bprocess\.(?:env|exit|binding)/.exec(source);
          if (found) offenders.push(`${path.relative(ROOT, file)}: ${found[0]}`);
        }
      }
    };
    walk(path.join(ROOT, 'server', 'src', 'core'));
    assert.deepEqual(offenders, []);
  });

  it('the CLI reports a broken, huge or hostile .copydesk.json with its position, and never crashes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'He said ” no.”\n');
      const configs: Record<string, string | Buffer> = {
        'syntax error': '{\n  "rules": {\n    "quote.misoriented": "error",,\n}',
        'wrong types': '{\n  "rules": 5,\n  "quoteStyle": ["curly"]\n}',
        'unknown rule': '{ "rules": { "quote.nosuch": "off" } }',
        'deep nesting': '['.repeat(200_000),
        'binary': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
        'catastrophic pattern': '{ "custom": [{ "id": "custom.x", "type": "existence", "pattern": "(a)\\\\1", "message": "m" }] }',
        'too large': ' '.repeat(5_000_000),
      };
      for (const [name, content] of Object.entries(configs)) {
        fs.writeFileSync(path.join(dir, '.copydesk.json'), content);
        const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--fail-on', 'never', 'a.txt'], { cwd: dir, encoding: 'utf8', timeout: 20000 });
        count('hostile configurations through the CLI');
        assert.ok(result.status === 0 || result.status === 2, `${name}: exit ${result.status} ${result.signal ?? ''}\n${result.stderr}`);
        assert.doesNotMatch(result.stderr, /\n\s+at .*:\d+:\d+/, `${name}: a stack trace\n${result.stderr}`);
        assert.match(result.stderr, /\.copydesk\.json(:\d+:\d+)?/, `${name}: the file is named\n${result.stderr}`);
        if (name === 'syntax error') assert.match(result.stderr, /\.copydesk\.json:3:\d+/, result.stderr);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loadConfigFile refuses a folder, a missing file and a runaway file without reading it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
    try {
      assert.match(loadConfigFile(dir).problems[0].message, /folder/);
      assert.match(loadConfigFile(path.join(dir, 'nope.json')).problems[0].message, /no such file/);
      const big = path.join(dir, '.copydesk.json');
      fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
      assert.match(loadConfigFile(big).problems[0].message, /too large/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('package.json declares untrusted and virtual workspaces', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  });
});
