// `npm run generate`: writes what derives from the rule registry (server/src/core/rules/index.ts):
//   package.json contributes.configuration · schemas/copydesk.schema.json · docs/rules/README.md
//   · docs/rules/<id>.md skeletons for rules that have no page yet (hand-written pages are never touched).
// The derivation itself lives in scripts/contributions.ts, which test/unit/manifest.test.ts also runs.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(root, ...parts);

// The registry is TypeScript: bundle the derivation (and the rules it imports) to one CommonJS file.
const temp = mkdtempSync(join(tmpdir(), 'copydesk-generate-'));
let derive;
try {
  const outfile = join(temp, 'contributions.cjs');
  await esbuild.build({
    entryPoints: [at('scripts', 'contributions.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  derive = createRequire(import.meta.url)(outfile);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const written = [];
function write(path, text) {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === text) return;
  writeFileSync(path, text);
  written.push(path.slice(root.length + 1));
}

// package.json: re-read right before writing and change only contributes.configuration, since other
// tools (npm install) and people edit the rest of the file.
const manifestPath = at('package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.contributes ??= {};
manifest.contributes.configuration = derive.configurationContribution(manifest.repository.url);
write(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

mkdirSync(at('schemas'), { recursive: true });
write(at('schemas', 'copydesk.schema.json'), JSON.stringify(derive.configSchema(manifest.repository.url), null, 2) + '\n');

mkdirSync(at('docs', 'rules'), { recursive: true });
write(at('docs', 'rules', 'README.md'), derive.docsIndex());
for (const rule of derive.RULES) {
  const page = at('docs', 'rules', `${rule.id}.md`);
  if (!existsSync(page)) write(page, derive.docSkeleton(rule));
}

console.log(written.length ? `generate: wrote ${written.join(', ')}` : 'generate: everything is up to date');
