// Runs the CLI's main in-process and collects what it prints (the unit tests of the CLI share it).
import { main } from '../../src/cli/cli';

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
