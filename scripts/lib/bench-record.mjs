// Records what `npm run bench` prints in docs/benchmarks.md, with the machine and the date, so the
// figures in the repository are the figures of a real run (never typed by hand).
import { cpus, freemem, totalmem, platform, release } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Starts capturing console.log; the returned function writes the file and returns its path. */
export function recordBench(root, { title = 'Benchmarks' } = {}) {
  const lines = [];
  const log = console.log;
  console.log = (...args) => {
    lines.push(args.join(' '));
    log(...args);
  };
  return function write() {
    console.log = log;
    const cpu = cpus();
    const machine = [
      `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}`,
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB memory (${(freemem() / 2 ** 30).toFixed(0)} GiB free at the start)`,
      `${platform()} ${release()}`,
      `Node ${process.version}`,
    ].join(', ');
    const file = join(root, 'docs', 'benchmarks.md');
    writeFileSync(
      file,
      `# ${title}\n\nWritten by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.\n\n` +
        `Machine: ${machine}.\n\nFigures vary with the machine and its load; compare runs on one machine.\n\n` +
        '```\n' + lines.join('\n') + '\n```\n',
    );
    return file;
  };
}
