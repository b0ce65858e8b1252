// Shared by the snippet unit tests: the VS Code snippet grammar the renderers emit, read back.
import * as assert from 'node:assert/strict';

/** Parses the snippet grammar we emit back to plain text: `${n:default}` -> default, `\x` -> x. */
export function expandSnippet(body: string): { text: string; stops: Map<number, string> } {
  const stops = new Map<number, string>();
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && /[\\$}]/.test(body[i + 1] ?? '')) {
      text += body[++i];
    } else if (c === '$') {
      const m = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(body.slice(i));
      assert.ok(m, `unescaped $ at ${i} in ${body.slice(i, i + 20)}`);
      const def = m[2]!.replace(/\\(.)/g, '$1');
      stops.set(Number(m[1]), def);
      text += def;
      i += m[0].length - 1;
    } else {
      assert.notEqual(c, '}', `unescaped } at ${i}`);
      text += c;
    }
  }
  return { text, stops };
}
