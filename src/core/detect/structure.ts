// Structure of YAML/JSON documents, for rules that need the lines above: an OpenAPI status key
// (`'404':`, `"404": {`) counts only when its parent key is `responses`.

/** How far up the parent of a key is looked for. */
const MAX_UP = 400;

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

/** A line that opens nothing: blank, a comment, only closing brackets. */
function isFiller(line: string): boolean {
  return /^\s*(?:$|#|\/\/|[\]}),]+\s*$)/.test(line);
}

/**
 * Whether the key on line `context.line` sits directly under a `responses` key (YAML by
 * indentation, pretty-printed JSON by indentation too). Unknown (no parent found within
 * MAX_UP lines): true, so that a fragment still gets its hovers.
 */
export function hasResponsesParent(context: { line: number; lineAt(n: number): string | undefined }): boolean {
  const own = context.lineAt(context.line);
  if (own === undefined) return true;
  const indent = indentOf(own);
  if (indent === 0) return false;
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < MAX_UP; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined) return true;
    if (isFiller(line)) continue;
    const i = indentOf(line);
    if (i >= indent) continue;
    return /^\s*['"]?responses['"]?\s*:/.test(line);
  }
  return true;
}
