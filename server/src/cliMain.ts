// The entry of dist/cli.js: runs the CLI's bundle (dist/cli-bundle.js, cli.ts). `check` and `extract` run
// one analysis in a fresh process: the compiler is tuned for that, and the bundle is loaded through a V8
// code cache (server/src/codeCache.ts, as dist/server.js loads the server's) that spares the run compiling
// the code it runs. Other commands load it plainly; `lsp` loads the server's bundle through its own cache.
import * as path from 'path';
import * as v8 from 'v8';
import { loadWithCodeCache } from './codeCache';

const bundlePath = path.join(__dirname, 'cli-bundle.js');
const command = process.argv[2];
if (command === 'check' || command === 'extract') {
  // Before the bundle is compiled: V8 accepts a code cache only under the flags it was made with.
  tuneCompilerForOneRun();
  const cli = loadWithCodeCache(bundlePath);
  // Once the run is over and its output written: the cache then holds what the analysis compiled.
  process.once('beforeExit', cli.saveCodeCache);
} else {
  require(bundlePath);
}

/**
 * One analysis, then exit: V8's optimising compiler tuned for a long-lived process costs more than it
 * saves here. Inlining makes each optimised function a big compile, and the hot functions of the engines
 * were compiled several times over (1 MB of articles: ~2 s of CPU on the compiler's threads next to ~2 s
 * of analysis). Without inlining, and tiering up after twice the work (Node 20's 66 KB budget doubled),
 * the CPU of `check` on 1 MB falls by a quarter and the analysis itself runs no slower. Compiler
 * heuristics only: the output is the same. Not for `lsp`, which lives long enough to repay them.
 */
function tuneCompilerForOneRun(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
  v8.setFlagsFromString('--interrupt-budget=135168');
}
