// Records what `npm run bench` prints in docs/benchmarks.md, with the machine and the date, so the
// figures in the repository are the figures of a real run (never typed by hand). The figures the
// file held before that are measured again under the same name are set beside today's.
import { cpus, freemem, totalmem, platform, release } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rows print their name in 52 columns, then the figure: `name   1.39 µs/call ...`. */
const NAME_WIDTH = 52;
const FIGURE = /^\s*(-?[\d,]+(?:\.\d+)?)\s*(µs\/call|ms|KB|MiB|req\/s)?/;

/** name -> figure (`1.39 µs/call`) of every row of a printed run. */
export function figuresOf(lines) {
  const out = new Map();
  for (const l of lines) {
    if (l.length <= NAME_WIDTH || l[NAME_WIDTH] !== ' ') continue;
    const name = l.slice(0, NAME_WIDTH).trim();
    const m = FIGURE.exec(l.slice(NAME_WIDTH));
    if (name && m && !out.has(name)) out.set(name, m[2] ? `${m[1]} ${m[2]}` : m[1]);
  }
  return out;
}

/** The previous file's date and its rows' figures (empty when there is none). */
function previousRun(file) {
  if (!existsSync(file)) return { date: undefined, figures: new Map() };
  const text = readFileSync(file, 'utf8');
  const date = /on (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/.exec(text)?.[1];
  const block = /```\n([\s\S]*?)\n```/.exec(text)?.[1] ?? '';
  return { date, figures: figuresOf(block.split('\n')) };
}

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
    const before = previousRun(file);
    const today = figuresOf(lines);
    const same = [...today].filter(([name]) => before.figures.has(name));
    const beside = same.length
      ? `\n## Beside the previous run (${before.date ?? 'undated'} UTC)\n\nThe rows measured under the same name in both runs; the machine may have been loaded differently.\n\n` +
        '| figure | previous | today |\n| --- | ---: | ---: |\n' +
        same.map(([name, figure]) => `| ${name.replace(/\|/g, '\\|')} | ${before.figures.get(name)} | ${figure} |`).join('\n') + '\n'
      : '';
    writeFileSync(
      file,
      `# ${title}\n\nWritten by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.\n\n` +
        `Machine: ${machine}.\n\nFigures vary with the machine and its load; compare runs on one machine.\n\n` +
        '```\n' + lines.join('\n') + '\n```\n' + beside,
    );
    return file;
  };
}
