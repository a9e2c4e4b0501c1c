// Bundles the three entry points. `vscode` is provided by the editor at run time.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * The core imports markdown-it, yaml and re2js at its top, but a plain-text article without front matter
 * or custom rules needs none of them. In the server and CLI bundles each is replaced by a stand-in that
 * loads the real package on first use, from its own file dist/vendor/<name>.js: their code (about 700 KB)
 * is then neither read nor compiled at start-up (and the first diagnostics) when no document needs it.
 * (The core itself may not `require`: test/reliability/config.test.ts.)
 */
const LAZY_STAND_INS = {
  'markdown-it': `
    let Real;
    export default class LazyMarkdownIt {
      constructor(...args) { this.args = args; this.real = null; }
      parse(src, env) {
        Real ??= require('./vendor/markdown-it.js').default;
        this.real ??= new Real(...this.args);
        return this.real.parse(src, env);
      }
    }`,
  yaml: `export function parse(...args) { return require('./vendor/yaml.js').parse(...args); }`,
  re2js: `
    const real = () => require('./vendor/re2js.js').RE2JS;
    export const RE2JS = {
      get CASE_INSENSITIVE() { return real().CASE_INSENSITIVE; },
      compile: (...args) => real().compile(...args),
      quote: (...args) => real().quote(...args),
    };`,
};

/** What each dist/vendor/<name>.js exports: the names the stand-ins above use, from the package's ES module build. */
const VENDORED = {
  'markdown-it': `export { default } from 'markdown-it';`,
  yaml: `export { parse } from 'yaml';`,
  re2js: `export { RE2JS } from 're2js';`,
};

const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const names = Object.keys(LAZY_STAND_INS).join('|').replace(/[.-]/g, '\\$&');
    const filter = new RegExp(`^(?:${names})$`);
    // The core's imports get the stand-in.
    build.onResolve({ filter }, (args) =>
      /[/\\]server[/\\]src[/\\]core[/\\]/.test(args.importer) ? { path: args.path, namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY_STAND_INS[args.path], loader: 'js' }));
    // The stand-in's require() stays a require() of the file beside the bundle.
    build.onResolve({ filter: /^\.\/vendor\//, namespace: 'lazy' }, (args) => ({ path: args.path, external: true }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has Unicode property escapes: without this esbuild rewrites each /\p{…}/u literal into a
  // `new RegExp(…)` that runs on every call of the function holding it.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  // ESM builds first: jsonc-parser's UMD main loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  // dist/server.js is a small loader (main.ts) that runs dist/server-bundle.js through a V8 code cache.
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-bundle.js', plugins: [lazyPackages] },
  // dist/cli.js is a small loader (cliMain.ts) that runs dist/cli-bundle.js, for check and extract through a V8 code cache.
  { ...common, entryPoints: ['server/src/cliMain.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-bundle.js', plugins: [lazyPackages] },
  ...Object.entries(VENDORED).map(([name, contents]) => ({
    ...common,
    stdin: { contents, resolveDir: process.cwd(), sourcefile: `vendor-${name}.js` },
    outfile: `dist/vendor/${name}.js`,
  })),
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching client/, server/ …');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
