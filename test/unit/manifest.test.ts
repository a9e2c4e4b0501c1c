// Drift between the rule registry and what is derived from it: the settings in package.json, the
// `.copydesk.json` schema and docs/rules/. It runs the derivation of scripts/contributions.ts in-process and
// compares; the remedy for a failure is `npm run generate` (and, for a new rule, writing its page).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  RULES,
  configSchema,
  configurationContribution,
  configureSection,
  docsIndex,
  ruleHeader,
} from '../../scripts/contributions';
import { CONFIG_KEYS } from '../../server/src/core/config';

const ROOT = path.join(__dirname, '..', '..');
const read = (...parts: string[]) => fs.readFileSync(path.join(ROOT, ...parts), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  repository: { url: string };
  contributes: { configuration: unknown; jsonValidation: { fileMatch: string; url: string }[]; grammars: { path: string }[] };
};
const repositoryUrl = manifest.repository.url;
const REGENERATE = 'run `npm run generate`';

describe('manifest, schema and docs follow the rule registry', () => {
  it('package.json contributes.configuration', () => {
    assert.deepEqual(manifest.contributes.configuration, configurationContribution(repositoryUrl), REGENERATE);
  });

  it('has one copydesk.rules.<id> setting per rule, and no other', () => {
    const properties = (manifest.contributes.configuration as { properties: Record<string, unknown> }).properties;
    const ruleSettings = Object.keys(properties).filter((key) => key.startsWith('copydesk.rules.'));
    assert.deepEqual(ruleSettings.sort(), RULES.map((rule) => `copydesk.rules.${rule.id}`).sort(), REGENERATE);
  });

  it('schemas/copydesk.schema.json', () => {
    assert.deepEqual(JSON.parse(read('schemas', 'copydesk.schema.json')), configSchema(repositoryUrl), REGENERATE);
  });

  it('contributes the schema for .copydesk.json and the grammar at paths that exist', () => {
    const validation = manifest.contributes.jsonValidation.find((v) => v.fileMatch === '.copydesk.json');
    assert.ok(validation, 'no jsonValidation for .copydesk.json');
    assert.ok(fs.existsSync(path.join(ROOT, validation.url)), validation.url);
    for (const grammar of manifest.contributes.grammars) assert.ok(fs.existsSync(path.join(ROOT, grammar.path)), grammar.path);
  });

  it('docs/rules/README.md', () => {
    assert.equal(read('docs', 'rules', 'README.md'), docsIndex(), REGENERATE);
  });

  for (const rule of RULES) {
    it(`docs/rules/${rule.id}.md is a written page that matches the registry`, () => {
      const file = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${rule.id}.md is missing: ${REGENERATE}, then write it`);
      const page = fs.readFileSync(file, 'utf8');
      assert.ok(page.startsWith(ruleHeader(rule)), `its first lines must read:\n${ruleHeader(rule)}`);
      assert.ok(!page.includes('TODO'), 'it is still the generated skeleton: write it (what, why, examples, fix)');
      for (const section of ['## Why', '## Reported', '## Not reported', '## Fix', '## Configure']) {
        assert.ok(page.includes(section), `it has no "${section}" section`);
      }
      assert.ok(page.includes(configureSection(rule)), 'its "Configure" section differs from the generated one');
    });
  }

  it('has no page for a rule that is not in the registry', () => {
    const known = new Set(RULES.map((rule) => `${rule.id}.md`));
    const stray = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((name) => name !== 'README.md' && !known.has(name));
    assert.deepEqual(stray, []);
  });
});

describe('the .copydesk.json schema', () => {
  const schema = configSchema(repositoryUrl) as {
    properties: Record<string, unknown> & { rules: { properties: Record<string, unknown>; patternProperties: Record<string, unknown> } };
  };

  it('has the keys the config parser (core/config.ts) reads', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', ...CONFIG_KEYS].sort());
  });

  it('accepts custom.* rule ids by pattern, not the registry\'s', () => {
    const [pattern] = Object.keys(schema.properties.rules.patternProperties);
    const custom = new RegExp(pattern);
    assert.ok(custom.test('custom.no-alleged') && custom.test('custom.house.style'));
    assert.ok(!custom.test('custom.') && !custom.test('quote.nesting') && !custom.test('customs.x'));
  });
});
