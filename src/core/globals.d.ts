// The web-platform globals the core uses. Node (>= 18), browsers and web workers all have them;
// declared here so that the core compiles without the DOM or Node type libraries.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  toString(): string;
}
