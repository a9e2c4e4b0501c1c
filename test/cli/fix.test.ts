import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../server/src/core/analyse';
import type { Finding } from '../../server/src/core/finding';
import { applySortedEdits, safeFindings } from '../../server/src/cli/fix';
import { ROOT, SEED, run, tempDir, write } from './helpers';

describe('copydesk check --fix', () => {
  it('rewrites a copy of the seed; the re-check has no fixed finding left, and a second --fix changes nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'story.txt');
    fs.copyFileSync(path.join(ROOT, SEED), file);
    const before = JSON.parse(run(['check', '--format', 'json', file]).stdout);
    const fixable = before.files[0].findings.filter((f: { fixes: unknown[] }) => f.fixes.length > 0);
    assert.ok(fixable.length > 0);

    const result = run(['check', '--fix', file]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^fixed \d+ problems? in 1 file$/m);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(fixed.includes('until “the goals of the war are achieved'), 'the misoriented mark turned, the stray space dropped');
    assert.ok(!fixed.includes('until ” the goals'));

    const after = JSON.parse(run(['check', '--format', 'json', file]).stdout);
    for (const finding of fixable) {
      assert.ok(!after.files[0].findings.some((f: { rule: string; message: string }) => f.rule === finding.rule && f.message === finding.message),
        `${finding.rule} still reported after --fix`);
    }
    run(['check', '--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed, '--fix is idempotent');
    assert.equal(fs.readFileSync(path.join(ROOT, SEED), 'utf8').includes('until ” the goals'), true, 'the seed itself is untouched');
  });

  it('reports what is left in the chosen format, and exits on it', () => {
    const dir = tempDir();
    // The opener never closes: an error with no fix, which --fix must leave and report.
    const file = write(dir, 'a.txt', 'He said “we will rebuild the harbour and the homes around it\n');
    const result = run(['check', '--fix', '--format', 'json', file]);
    assert.equal(result.status, 1);
    const findings = JSON.parse(result.stdout).files[0].findings;
    assert.deepEqual(findings.map((f: { rule: string }) => f.rule), ['quote.unbalanced']);
  });

  it('does not touch a file with nothing to fix', () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', 'The council met on Friday.\n');
    const mtime = fs.statSync(file).mtimeMs;
    assert.equal(run(['check', '--fix', file]).status, 0);
    assert.equal(fs.statSync(file).mtimeMs, mtime);
  });
});

describe('safeFindings', () => {
  const finding = (rule: string, start: number, end: number): Finding => ({
    rule, severity: 'warning', message: rule, start, end, related: [],
    fixes: [{ title: 'fix', edits: [{ start, end, newText: 'x' }] }],
  });
  // Only findings and quotations are read: a minimal analysis is enough.
  const analysisWith = (findings: Finding[], quotations: { start: number; end: number }[]) =>
    ({ findings, quotes: { quotations, marks: [] } }) as unknown as Analysis;

  it('skips fixes inside a direct quotation unless the rule is a quotation-mark rule', () => {
    const inside = finding('figures.number-style', 12, 13);
    const outside = finding('figures.number-style', 40, 41);
    const mark = finding('quote.punctuation', 19, 21);
    const safe = safeFindings(analysisWith([inside, outside, mark], [{ start: 10, end: 20 }, { start: 50, end: 60 }]));
    assert.deepEqual(safe, [outside, mark]);
  });

  it('counts an edge-touching edit as outside, an insertion strictly inside as inside', () => {
    const touching = finding('style.time', 20, 22);
    const insertion = { ...finding('style.time', 15, 15) };
    const insertionAtEdge = { ...finding('style.time', 10, 10) };
    const safe = safeFindings(analysisWith([touching, insertion, insertionAtEdge], [{ start: 10, end: 20 }]));
    assert.deepEqual(safe, [touching, insertionAtEdge]);
  });

  it('ignores findings without fixes', () => {
    const bare: Finding = { ...finding('quote.unbalanced', 1, 2), fixes: [] };
    assert.deepEqual(safeFindings(analysisWith([bare], [])), []);
  });
});

describe('applySortedEdits', () => {
  it('applies sorted edits in one pass, insertions and replacements alike', () => {
    assert.equal(applySortedEdits('abcdef', [{ start: 1, end: 1, newText: 'X' }, { start: 1, end: 3, newText: 'Y' }, { start: 5, end: 6, newText: '' }]), 'aXYde');
  });

  it('is linear: hundreds of edits on a megabyte stay fast', () => {
    const text = 'x'.repeat(1_000_000);
    const edits = Array.from({ length: 2000 }, (_, i) => ({ start: i * 400, end: i * 400 + 1, newText: 'y' }));
    const started = Date.now();
    const result = applySortedEdits(text, edits);
    assert.equal(result.length, text.length);
    assert.ok(Date.now() - started < 500);
  });
});
