// Preloaded into a CLI child (`node -r`): prints the process's own CPU time when it exits, so the scale
// suite measures the CLI's work and not the other processes of a busy machine.
'use strict';
const start = process.cpuUsage();
process.on('exit', () => {
  const used = process.cpuUsage(start);
  process.stderr.write(`cpu-ms ${Math.round((used.user + used.system) / 1000)}\n`);
});
