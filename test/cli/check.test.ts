import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES } from '../../server/src/core/rules';
import { MISORIENTED, ROOT, SEED, UNBALANCED, positionOf, run, tempDir, write } from './helpers';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: { title: string; edits: { start: number; end: number; newText: string }[] }[];
  related: { start: number; end: number; message: string }[];
}

interface JsonReport {
  version: number;
  files: { path: string; publicationDate: string | null; findings: JsonFinding[] }[];
}

function checkJson(args: readonly string[], cwd?: string): { report: JsonReport; status: number | null; stderr: string } {
  const result = run(['check', '--format', 'json', ...args], { cwd });
  return { report: JSON.parse(result.stdout) as JsonReport, status: result.status, stderr: result.stderr };
}

describe('copydesk check --format json', () => {
  const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');

  it('reports the misoriented mark of "until ” the goals" with the contract’s fix', () => {
    const { report, status } = checkJson([SEED]);
    assert.equal(status, 0, 'warnings alone do not fail the default --fail-on error');
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].path, SEED);
    const at = text.indexOf('until ” the goals') + 'until '.length;
    const finding = report.files[0].findings.find((f) => f.rule === 'quote.misoriented' && f.start === at);
    assert.ok(finding, 'quote.misoriented at the ” of "until ” the goals"');
    assert.equal(finding.end, at + 1);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.fixes[0].edits, [{ start: at, end: at + 2, newText: '“' }]);
    assert.equal(text.slice(at, at + 2), '” ');
  });

  it('gives every finding the exact contract shape, offsets that slice the text, and LSP ranges', () => {
    const { report } = checkJson([SEED]);
    const findings = report.files[0].findings;
    assert.ok(findings.length > 0);
    assert.deepEqual(Object.keys(report.files[0]).sort(), ['findings', 'path', 'publicationDate']);
    for (const finding of findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['end', 'fixes', 'message', 'range', 'related', 'rule', 'severity', 'start']);
      assert.ok(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length, `${finding.rule} ${finding.start}-${finding.end}`);
      assert.ok(text.slice(finding.start, finding.end).length === finding.end - finding.start);
      assert.deepEqual(finding.range, { start: positionOf(text, finding.start), end: positionOf(text, finding.end) });
      assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity));
      assert.ok(RULES.some((rule) => rule.id === finding.rule));
      for (const edit of finding.fixes.flatMap((fix) => fix.edits)) assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length);
    }
    const starts = findings.map((f) => f.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'sorted by start');
  });

  it('uses --date as the publication date when the article states none, and null without it', () => {
    assert.equal(checkJson([SEED]).report.files[0].publicationDate, null);
    assert.equal(checkJson(['--date', '2024-09-26', SEED]).report.files[0].publicationDate, '2024-09-26');
  });

  it('lets front matter win over --date', () => {
    const dir = tempDir();
    write(dir, 'a.md', '---\ndate: 2023-10-16\n---\n\nThe council met.\n');
    assert.equal(checkJson(['--date', '2024-09-26', path.join(dir, 'a.md')]).report.files[0].publicationDate, '2023-10-16');
  });

  it('reads stdin with the format and name of --stdin-filename', () => {
    // In Markdown a code span is not prose; in plain text the same bytes are.
    const input = 'He said: `until ” the goals”` here.\n';
    const markdown = run(['check', '--format', 'json', '--stdin-filename', 'story.md', '-'], { input });
    const plain = run(['check', '--format', 'json', '-'], { input });
    const md = JSON.parse(markdown.stdout) as JsonReport;
    const txt = JSON.parse(plain.stdout) as JsonReport;
    assert.equal(md.files[0].path, 'story.md');
    assert.deepEqual(md.files[0].findings, []);
    assert.equal(txt.files[0].path, '-');
    assert.deepEqual(txt.files[0].findings.map((f) => f.rule), ['quote.misoriented']);
  });

  it('expands folders to their article files, sorted, skipping other extensions, dot folders and node_modules', () => {
    const dir = tempDir();
    for (const name of ['z.md', 'a/b.txt', 'm.news', 'a.markdown', 'notes.json', '.hidden/x.md', 'node_modules/y.md']) write(dir, name, MISORIENTED);
    const { report } = checkJson([dir]);
    assert.deepEqual(report.files.map((file) => file.path), ['a.markdown', 'a/b.txt', 'm.news', 'z.md'].map((name) => path.join(dir, name)));
  });

  it('prints a folder given relatively as that folder joined with the path below it', () => {
    const dir = tempDir();
    write(dir, 'desk/story.txt', MISORIENTED);
    const { report } = checkJson(['desk'], dir);
    assert.deepEqual(report.files.map((file) => file.path), [path.join('desk', 'story.txt')]);
  });

  it('checks an empty file without complaint', () => {
    const dir = tempDir();
    const file = write(dir, 'empty.txt', '');
    const { report, status } = checkJson([file]);
    assert.equal(status, 0);
    assert.deepEqual(report.files, [{ path: file, publicationDate: null, findings: [] }]);
  });
});

describe('copydesk check --format text', () => {
  it('prints path:line:column: severity rule-id message, then a summary line', () => {
    const result = run(['check', SEED]);
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.ok(lines.length > 0);
    for (const line of lines) assert.match(line, /^seeds\/000_3c9c0e3ffba93949\.txt:\d+:\d+: (error|warning|information|hint) [a-z]+\.[a-z-]+ \S/);
    assert.match(summary, new RegExp(`^${lines.length} problems? \\(.*\\) in 1 file$`));
    // Same positions as the JSON, 1-based.
    const json = JSON.parse(run(['check', '--format', 'json', SEED]).stdout) as JsonReport;
    const expected = json.files[0].findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule}`);
    assert.deepEqual(lines.map((line) => /:(\d+:\d+: \S+ \S+)/.exec(line)![1]), expected);
  });

  it('counts severities in the summary', () => {
    const dir = tempDir();
    write(dir, 'a.txt', MISORIENTED);
    write(dir, 'b.txt', UNBALANCED);
    write(dir, 'c.txt', 'Nothing to see.\n');
    const lines = run(['check', dir]).stdout.trimEnd().split('\n');
    assert.equal(lines[lines.length - 1], '2 problems (1 error, 1 warning) in 2 of 3 files');
  });

  it('says so when there is nothing to report', () => {
    const dir = tempDir();
    write(dir, 'clean.txt', 'The council met on Friday.\n');
    const result = run(['check', dir]);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'no problems in 1 file\n');
  });
});

describe('copydesk check --format sarif', () => {
  it('writes one SARIF 2.1.0 run with the rule registry and located results', () => {
    const result = run(['check', '--format', 'sarif', SEED]);
    assert.equal(result.status, 0);
    const sarif = JSON.parse(result.stdout);
    const json = JSON.parse(run(['check', '--format', 'json', SEED]).stdout) as JsonReport;
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const [runObject] = sarif.runs;
    const driver = runObject.tool.driver;
    assert.equal(driver.name, 'Copydesk');
    assert.equal(driver.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), RULES.map((rule) => rule.id));
    for (const [index, rule] of driver.rules.entries()) {
      assert.equal(rule.shortDescription.text, RULES[index].title);
      assert.equal(rule.fullDescription.text, RULES[index].summary);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.equal(rule.helpUri, pathToFileURL(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`)).href);
    }
    const findings = json.files[0].findings;
    assert.equal(runObject.results.length, findings.length);
    for (const [index, sarifResult] of runObject.results.entries()) {
      const finding = findings[index];
      assert.equal(sarifResult.ruleId, finding.rule);
      assert.equal(sarifResult.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[finding.severity]);
      assert.equal(sarifResult.message.text, finding.message);
      const location = sarifResult.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, SEED);
      assert.deepEqual(location.region, {
        startLine: finding.range.start.line + 1,
        startColumn: finding.range.start.character + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.character + 1,
        charOffset: finding.start,
        charLength: finding.end - finding.start,
      });
    }
  });
});

describe('copydesk check exit status', () => {
  it('is 0 for warnings only, 1 with --fail-on warning, 0 again with --fail-on never', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', MISORIENTED);
    assert.equal(run(['check', file]).status, 0);
    assert.equal(run(['check', '--fail-on', 'warning', file]).status, 1);
    assert.equal(run(['check', '--fail-on=warning', file]).status, 1);
    assert.equal(run(['check', '--fail-on', 'never', file]).status, 0);
  });

  it('is 1 for an error by default, 0 with --fail-on never', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', UNBALANCED);
    assert.equal(run(['check', file]).status, 1);
    assert.equal(run(['check', '--fail-on', 'never', file]).status, 0);
  });

  for (const [why, args, reason] of [
    ['an unknown option', ['check', '--frmat', 'json', SEED], /unknown option --frmat \(did you mean --format\?\)/],
    ['a bad --format', ['check', '--format', 'xml', SEED], /--format xml/],
    ['a bad --fail-on', ['check', '--fail-on', 'warnings', SEED], /--fail-on warnings.*did you mean warning/],
    ['an impossible --date', ['check', '--date', '2023-02-29', SEED], /--date 2023-02-29/],
    ['no PATH', ['check'], /no PATH given/],
    ['an unknown command', ['chek', SEED], /unknown command chek \(did you mean check\?\)/],
    ['--fix on stdin', ['check', '--fix', '-'], /--fix cannot write back to stdin/],
    ['a --config that does not exist', ['check', '--config', 'no-such.json', SEED], /no-such\.json:1:1: error: cannot read/],
  ] as const) {
    it(`is 2 with a one-line reason for ${why}`, () => {
      const result = run(args);
      assert.equal(result.status, 2);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, reason);
      assert.match(result.stderr, /^copydesk: /);
    });
  }

  it('is 2 for a missing file, naming it, while the other files are still checked', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', MISORIENTED);
    const missing = path.join(dir, 'gone.txt');
    const result = run(['check', '--format', 'json', missing, file]);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `copydesk: ${missing}: no such file or folder\n`);
    assert.deepEqual((JSON.parse(result.stdout) as JsonReport).files.map((f) => f.path), [file]);
  });

  it('prints the usage with exit 0 for --help and check --help, and the version for --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /copydesk check/);
    const checkHelp = run(['check', '--help']);
    assert.equal(checkHelp.status, 0);
    assert.match(checkHelp.stdout, /--fail-on error\|warning\|never/);
    assert.match(run(['extract', '--help']).stdout, /Usage: copydesk extract/);
    assert.match(run(['lsp', '--help']).stdout, /--stdio/);
    const version = run(['--version']);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('copydesk check with .copydesk.json', () => {
  it('applies the nearest config: a rule turned off, another raised to error', () => {
    const dir = tempDir();
    const file = write(dir, 'desk/a.txt', MISORIENTED + UNBALANCED);
    write(dir, '.copydesk.json', '{\n  // house rules\n  "rules": { "quote.unbalanced": "off", "quote.misoriented": "error", },\n}\n');
    const result = run(['check', '--format', 'json', file]);
    const findings = (JSON.parse(result.stdout) as JsonReport).files[0].findings;
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.severity}`), ['quote.misoriented error']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
  });

  it('prefers --config to the nearest file', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', MISORIENTED);
    write(dir, '.copydesk.json', '{ "rules": { "quote.misoriented": "off" } }');
    const other = write(dir, 'other/house.json', '{ "rules": { "quote.misoriented": "hint" } }');
    const findings = (JSON.parse(run(['check', '--format', 'json', '--config', other, file]).stdout) as JsonReport).files[0].findings;
    assert.deepEqual(findings.map((f) => f.severity), ['hint']);
  });

  it('prints config warnings on stderr with line:column, once for all its files, and goes on', () => {
    const dir = tempDir();
    write(dir, 'a.txt', MISORIENTED);
    write(dir, 'b.txt', MISORIENTED);
    write(dir, '.copydesk.json', '{\n  "rules": { "quote.unbalancd": "off" }\n}\n');
    const result = run(['check', '.'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.equal(result.stderr, 'copydesk: .copydesk.json:2:14: warning: rules.quote.unbalancd: unknown rule id (did you mean quote.unbalanced?)\n');
    assert.match(result.stdout, /^2 problems \(2 warnings\) in 2 files$/m);
  });

  it('looks for the config of stdin from --stdin-filename', () => {
    const dir = tempDir();
    write(dir, 'desk/.copydesk.json', '{ "rules": { "quote.misoriented": "off" } }');
    const inDesk = run(['check', '--format', 'json', '--stdin-filename', path.join(dir, 'desk', 'story.txt'), '-'], { input: MISORIENTED });
    const elsewhere = run(['check', '--format', 'json', '--stdin-filename', path.join(dir, 'story.txt'), '-'], { input: MISORIENTED });
    assert.deepEqual((JSON.parse(inDesk.stdout) as JsonReport).files[0].findings, []);
    assert.equal((JSON.parse(elsewhere.stdout) as JsonReport).files[0].findings.length, 1);
  });

  it('exits 2 on a config with a syntax error, naming the file with line:column, and checks nothing under it', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', MISORIENTED);
    write(dir, '.copydesk.json', '{\n  "rules": { "quote.nesting": "off" }\n  "quoteStyle": "curly"\n}\n');
    const result = run(['check', '--format', 'json', file], { cwd: dir });
    assert.equal(result.status, 2);
    assert.equal(result.stderr.trimEnd().split('\n').length, 1);
    assert.match(result.stderr, /^copydesk: \.copydesk\.json:3:3: error: syntax error: expected a comma/);
    assert.deepEqual((JSON.parse(result.stdout) as JsonReport).files, []);
  });
});

describe('copydesk check on hostile input', () => {
  it('refuses a binary file in one line, exit 2, and still checks the others', () => {
    const dir = tempDir();
    const binary = write(dir, 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const good = write(dir, 'story.txt', MISORIENTED);
    const result = run(['check', '--format', 'json', binary, good]);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `copydesk: ${binary}: looks like a binary file; skipped\n`);
    assert.deepEqual((JSON.parse(result.stdout) as JsonReport).files.map((f) => f.path), [good]);
  });

  it('refuses 5 MB of random bytes quickly', () => {
    const dir = tempDir();
    // Deterministic noise without a single NUL: caught by the invalid-UTF-8 test, not the NUL test.
    const bytes = Buffer.alloc(5 * 1024 * 1024);
    let seed = 12345;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = 1 + ((seed >>> 16) % 255);
    }
    const file = write(dir, 'noise.md', bytes);
    const result = run(['check', file]);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `copydesk: ${file}: looks like a binary file; skipped\n`);
    assert.ok(result.ms < 5000, `${result.ms} ms`);
  });

  it('reads text in a legacy encoding (a few invalid bytes) instead of refusing it', () => {
    const dir = tempDir();
    const file = write(dir, 'latin1.txt', Buffer.from('Le caf\xe9 est ferm\xe9 depuis lundi, a dit le maire de la ville.\n', 'latin1'));
    assert.equal(run(['check', file]).status, 0);
  });

  it('finishes a 200,000-character line quickly', () => {
    const dir = tempDir();
    const line = ('The council said “the budget is final,” and ” the vote stands.” ').repeat(3200).slice(0, 200000);
    const file = write(dir, 'long.txt', line + '\n');
    const result = run(['check', '--format', 'json', file], { timeoutMs: 20000 });
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.ok(report.files[0].findings.length > 0);
    assert.ok(result.ms < 10000, `${result.ms} ms`);
  });
});
