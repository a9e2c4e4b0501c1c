// Preloaded into the language server by the benchmark (node -r bench/probe.cjs): timestamps each chunk
// read from stdin and each LSP message written to stdout, on stderr, so the benchmark can tell the
// server's own time (request in → answer out) from the time spent in the pipe. Nothing else changes.
// The lines are written after the message they time, so the probe's own writes to stderr are never
// inside a measured interval.
'use strict';

const { performance } = require('node:perf_hooks');

let pending = '';
process.stdin.on('data', () => (pending += `@probe in ${performance.now().toFixed(4)}\n`));
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const text = typeof chunk === 'string' ? chunk.slice(0, 200) : Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(200, chunk.byteLength)).toString('utf8');
  // The body's start says what it is: a response carries its id, a notification its method.
  const id = /"id":(\d+)/.exec(text);
  const method = /"method":"([^"]+)"/.exec(text);
  if (id || method) pending += `@probe out ${performance.now().toFixed(4)} ${method ? method[1] : `id:${id[1]}`}\n`;
  const written = write(chunk, ...rest);
  if (id || method) {
    process.stderr.write(pending);
    pending = '';
  }
  return written;
};
