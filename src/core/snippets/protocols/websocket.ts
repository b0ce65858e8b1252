// WebSocket snippets: for a close code and a reason, the code that closes a connection with
// them in the browser, Node `ws`, Starlette / FastAPI, Python `websockets` and Go (gorilla).
//
// Which codes can be sent (RFC 6455 7.4, the IANA "WebSocket Close Code Number Registry"):
// - 0-999 are not used; 1000-2999 are the protocol's own (1016-2999 unassigned, reserved for
//   this protocol and its extensions); 3000-3999 are registered by libraries and frameworks,
//   4000-4999 are private use. Nothing above 4999 fits.
// - 1004 is reserved; 1005 (no status), 1006 (abnormal closure) and 1015 (TLS handshake) "MUST
//   NOT be set as a status code in a Close control frame by an endpoint": they are what an
//   endpoint reports when no close frame came. ws (lib/validation.js isValidStatusCode) and
//   websockets (frames.py EXTERNAL_CLOSE_CODES) refuse to send all four.
// - The browser: WHATWG WebSockets, close(code, reason): "If code is present, but is neither an
//   integer equal to 1000 nor an integer in the range 3000 to 4999, inclusive, throw an
//   InvalidAccessError DOMException"; "If reasonBytes is longer than 123 bytes, then throw a
//   SyntaxError DOMException".
// - The reason: a Close frame is a control frame, whose payload is at most 125 bytes (RFC 6455
//   5.5), two of them the code: at most 123 bytes of UTF-8.
import { jsonString, slotLiteral } from '../template';
import { rendered, type ProtocolLibrary, type ProtocolSnippetResult } from './library';

export const MAX_CLOSE_REASON_BYTES = 123;

export type WebSocketLibraryId = 'browser' | 'ws' | 'starlette' | 'websockets' | 'gorilla';

export interface WebSocketLibrary extends ProtocolLibrary<WebSocketLibraryId> {
  /** True when the library's API can close with the code (the browser: 1000 and 3000-4999). */
  accepts?(code: number): boolean;
  /** Why a code it does not accept fails there. */
  refusal?: string;
  /** The library's named constant for a code, when it has one. */
  constant?(code: number): string | undefined;
  /** The closing code; `code` is the code's expression, `reason` the reason's literal with its tab stop. */
  template(t: { code: string; reason: string }): string;
}

/** gorilla/websocket's constants (conn.go), for the codes that can be sent. */
const GORILLA: Record<number, string> = {
  1000: 'CloseNormalClosure',
  1001: 'CloseGoingAway',
  1002: 'CloseProtocolError',
  1003: 'CloseUnsupportedData',
  1007: 'CloseInvalidFramePayloadData',
  1008: 'ClosePolicyViolation',
  1009: 'CloseMessageTooBig',
  1010: 'CloseMandatoryExtension',
  1011: 'CloseInternalServerErr',
  1012: 'CloseServiceRestart',
  1013: 'CloseTryAgainLater',
};

/** Starlette's constants (starlette/status.py, also fastapi.status), for the codes that can be sent. */
const STARLETTE: Record<number, string> = {
  1000: 'WS_1000_NORMAL_CLOSURE',
  1001: 'WS_1001_GOING_AWAY',
  1002: 'WS_1002_PROTOCOL_ERROR',
  1003: 'WS_1003_UNSUPPORTED_DATA',
  1007: 'WS_1007_INVALID_FRAME_PAYLOAD_DATA',
  1008: 'WS_1008_POLICY_VIOLATION',
  1009: 'WS_1009_MESSAGE_TOO_BIG',
  1010: 'WS_1010_MANDATORY_EXT',
  1011: 'WS_1011_INTERNAL_ERROR',
  1012: 'WS_1012_SERVICE_RESTART',
  1013: 'WS_1013_TRY_AGAIN_LATER',
  1014: 'WS_1014_BAD_GATEWAY',
};

export const browser: WebSocketLibrary = {
  id: 'browser',
  label: 'Browser (WebSocket API)',
  language: 'javascript',
  accepts: (code) => code === 1000 || (code >= 3000 && code <= 4999),
  refusal: "a page's WebSocket.close() only takes 1000 or 3000-4999 (WHATWG WebSockets: any other code throws an InvalidAccessError)",
  template: ({ code, reason }) => `// socket: the page's WebSocket (new WebSocket(url)).
socket.addEventListener("open", () => {
  socket.close(${code}, ${reason});
});
`,
};

export const nodeWs: WebSocketLibrary = {
  id: 'ws',
  label: 'Node ws',
  language: 'javascript',
  template: ({ code, reason }) => `// wss: your WebSocketServer (const { WebSocketServer } = require("ws")).
wss.on("connection", (ws) => {
  ws.close(${code}, ${reason});
});
`,
};

export const starlette: WebSocketLibrary = {
  id: 'starlette',
  label: 'Starlette / FastAPI',
  language: 'python',
  constant: (code) => (STARLETTE[code] ? `status.${STARLETTE[code]}` : undefined),
  // Closing before accept() makes the ASGI server refuse the handshake (HTTP 403), with no close code.
  template: ({ code, reason }) => `from fastapi import FastAPI, WebSocket${code.startsWith('status.') ? ', status' : ''}

app = FastAPI()


@app.websocket("/ws")
async def websocket_endpoint(websocket: WebSocket):
    await websocket.accept()
    await websocket.close(code=${code}, reason=${reason})
`,
};

export const pythonWebsockets: WebSocketLibrary = {
  id: 'websockets',
  label: 'Python websockets',
  language: 'python',
  template: ({ code, reason }) => `# The connection handler: websockets.serve(handler, host, port).
async def handler(websocket):
    await websocket.close(code=${code}, reason=${reason})
`,
};

export const gorilla: WebSocketLibrary = {
  id: 'gorilla',
  label: 'Go (gorilla/websocket)',
  language: 'go',
  constant: (code) => (GORILLA[code] ? `websocket.${GORILLA[code]}` : undefined),
  template: ({ code, reason }) => `package main

import (
    "net/http"
    "time"

    "github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

func wsHandler(w http.ResponseWriter, r *http.Request) {
    conn, err := upgrader.Upgrade(w, r, nil)
    if err != nil {
        return
    }
    defer conn.Close()
    msg := websocket.FormatCloseMessage(${code}, ${reason})
    if err := conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second)); err != nil {
        return
    }
    // Wait for the peer's close frame (ReadMessage then fails) before closing the connection.
    for {
        if _, _, err := conn.ReadMessage(); err != nil {
            return
        }
    }
}
`,
};

/** Every WebSocket library, in the order they are shown. */
export const WEBSOCKET_LIBRARIES: readonly WebSocketLibrary[] = [browser, nodeWs, starlette, pythonWebsockets, gorilla];

export interface WebSocketSnippetInput {
  /** The close code, 1000-4999. */
  code: number;
  /** The close reason, at most 123 bytes of UTF-8; the tab stop of the snippet. */
  reason: string;
}

export type WebSocketUnsupportedReason = 'range' | 'reserved' | 'not-sent' | 'library' | 'reason-length';
export type WebSocketSnippetResult = ProtocolSnippetResult<WebSocketLibrary, WebSocketUnsupportedReason>;

/** The length of a string in UTF-8 (a lone surrogate is written as U+FFFD: 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Why no endpoint can send a close code, or undefined when one can (whatever the library). */
export function closeCodeProblem(code: number): { reason: 'range' | 'reserved' | 'not-sent'; message: string } | undefined {
  if (!Number.isInteger(code) || code < 1000 || code > 4999) {
    return { reason: 'range', message: `${code} is not a WebSocket close code: close codes are 1000-4999 (RFC 6455 7.4.2; 0-999 are not used).` };
  }
  if (code === 1005 || code === 1006 || code === 1015) {
    return {
      reason: 'not-sent',
      message: `${code} is never sent in a close frame (RFC 6455 7.4.1): an endpoint reports it when ${code === 1005 ? 'a close frame came with no code' : code === 1006 ? 'the connection dropped without a close frame' : 'the TLS handshake failed'}; no library closes with it.`,
    };
  }
  if (code === 1004 || (code >= 1016 && code <= 2999)) {
    return { reason: 'reserved', message: `${code} is reserved for the WebSocket protocol itself (RFC 6455 7.4.2) and assigned to nothing; libraries refuse to send it.` };
  }
  return undefined;
}

/** Renders one library's closing code, or says why there is none. */
export function renderWebSocketSnippet(input: WebSocketSnippetInput, library: WebSocketLibrary): WebSocketSnippetResult {
  const problem = closeCodeProblem(input.code);
  if (problem) return { ok: false, library, ...problem };
  if (library.accepts && !library.accepts(input.code)) {
    return { ok: false, library, reason: 'library', message: `No ${library.label} snippet for ${input.code}: ${library.refusal}.` };
  }
  const bytes = utf8Length(input.reason);
  if (bytes > MAX_CLOSE_REASON_BYTES) {
    return {
      ok: false,
      library,
      reason: 'reason-length',
      message: `The close reason is ${bytes} bytes of UTF-8; a close frame holds at most ${MAX_CLOSE_REASON_BYTES} (RFC 6455 5.5: a control frame carries 125, two of them the code).`,
    };
  }
  const constant = library.constant?.(input.code);
  const template = library.template({ code: constant ?? String(input.code), reason: slotLiteral(jsonString, input.reason, 1) });
  return rendered(library, template, constant);
}

/** Every library's closing code for a close code. */
export function renderWebSocketSnippets(input: WebSocketSnippetInput): WebSocketSnippetResult[] {
  return WEBSOCKET_LIBRARIES.map((l) => renderWebSocketSnippet(input, l));
}
