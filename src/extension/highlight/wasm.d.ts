// The Oniguruma wasm, embedded as bytes by scripts/lib/highlighter-plugin.mjs (esbuild `binary` loader).
declare module 'shiki/onig.wasm' {
  const bytes: Uint8Array;
  export default bytes;
}
