// Preloaded into the language server by the benchmark (node -r bench/probe.cjs): timestamps each chunk
// read from stdin and each LSP message written to stdout, on stderr, so the benchmark can tell the
// server's own time (request in → answer out) from the time spent in the pipe. Nothing else changes.
'use strict';

const { performance } = require('node:perf_hooks');

const log = (line) => process.stderr.write(`@probe ${line}\n`);
process.stdin.on('data', () => log(`in ${performance.now().toFixed(4)}`));
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const text = typeof chunk === 'string' ? chunk.slice(0, 200) : Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(200, chunk.byteLength)).toString('utf8');
  // The body's start says what it is: a response carries its id, a notification its method.
  const id = /"id":(\d+)/.exec(text);
  const method = /"method":"([^"]+)"/.exec(text);
  if (id || method) log(`out ${performance.now().toFixed(4)} ${method ? method[1] : `id:${id[1]}`}`);
  return write(chunk, ...rest);
};
