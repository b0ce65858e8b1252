// The response webview's messages: the host accepts only known message types with valid fields.
import * as assert from 'node:assert/strict';
import { parseHostMessage, parseCodeTarget, parseViewState, parseWebviewMessage } from '../../src/common/messages';

describe('webview messages: parseWebviewMessage', () => {
  it('accepts each known message and keeps only its known fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'copy', item: 'raw', request: 3, text: 'rm -rf /' }), { type: 'copy', item: 'raw', request: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'copy', item: 'snippet', framework: 'django', request: 0 }), {
      type: 'copy',
      item: 'snippet',
      framework: 'django',
      request: 0,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'insert', framework: 'go-net-http', request: 7, snippet: 'evil' }), {
      type: 'insert',
      framework: 'go-net-http',
      request: 7,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'open', target: { protocol: 'smtp', code: '452', id: 'smtp:452', x: 1 } }), {
      type: 'open',
      target: { protocol: 'smtp', code: '452', id: 'smtp:452' },
    });
    assert.deepEqual(parseWebviewMessage({ type: 'selectTab', framework: 'rails' }), { type: 'selectTab', framework: 'rails' });
    assert.deepEqual(parseWebviewMessage({ type: 'copy', item: 'smtpClient', framework: 'swaks', request: 4, code: 'rm' }), { type: 'copy', item: 'smtpClient', framework: 'swaks', request: 4 });
    assert.deepEqual(parseWebviewMessage({ type: 'navigate', direction: 'back', x: 1 }), { type: 'navigate', direction: 'back' });
    assert.deepEqual(parseWebviewMessage({ type: 'navigate', direction: 'forward' }), { type: 'navigate', direction: 'forward' });
    assert.deepEqual(parseWebviewMessage({ type: 'mock', action: 'testSmtp', target: { protocol: 'smtp', code: '550' } }), { type: 'mock', action: 'testSmtp' });
  });

  it('ignores unknown types and non-objects', () => {
    for (const m of [undefined, null, 42, 'copy', [], {}, { type: 'ready' }, { type: 'eval', code: 'x' }, { type: 'COPY', item: 'raw', request: 1 }, { type: 1 }]) {
      assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('rejects malformed fields', () => {
    const bad: unknown[] = [
      { type: 'copy', item: 'password', request: 1 },
      { type: 'mock', action: 'exec' },
      { type: 'mock' },
      { type: 'copy', item: 'raw' },
      { type: 'copy', item: 'raw', request: -1 },
      { type: 'copy', item: 'raw', request: 1.5 },
      { type: 'copy', item: 'raw', request: '1' },
      { type: 'copy', item: 'snippet', request: 1 },
      { type: 'copy', item: 'smtpClient', request: 1 },
      { type: 'copy', item: 'snippet', framework: '../../etc', request: 1 },
      { type: 'insert', framework: 'django' },
      { type: 'insert', framework: '', request: 1 },
      { type: 'insert', framework: 'a'.repeat(65), request: 1 },
      { type: 'insert', framework: '<script>', request: 1 },
      { type: 'open', target: { protocol: 'gopher', code: '452' } },
      { type: 'open', target: { protocol: 'http', code: 404 } },
      { type: 'open', target: { protocol: 'http', code: '4'.repeat(17) } },
      { type: 'open', target: { protocol: 'http', code: '404', id: 5 } },
      { type: 'open', target: 'http:404' },
      { type: 'navigate', direction: 'up' },
      { type: 'navigate' },
      { type: 'selectTab', framework: { id: 'django' } },
      { type: 'selectTab' },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });

});

describe('webview messages: targets, state and host messages', () => {
  it('parses targets', () => {
    assert.deepEqual(parseCodeTarget({ protocol: 'smtp-enhanced', code: '4.3.1' }), { protocol: 'smtp-enhanced', code: '4.3.1' });
    assert.equal(parseCodeTarget({ protocol: 'http', code: '' }), undefined);
    assert.equal(parseCodeTarget(null), undefined);
  });

  it('parses saved state, dropping a bad tab but keeping the target', () => {
    assert.deepEqual(parseViewState({ target: { protocol: 'http', code: '404' }, tab: 'flask' }), { target: { protocol: 'http', code: '404' }, tab: 'flask' });
    assert.deepEqual(parseViewState({ target: { protocol: 'http', code: '404' }, tab: 12 }), { target: { protocol: 'http', code: '404' } });
    assert.deepEqual(parseViewState({ target: { protocol: 'http', code: '404' }, kept: true }), { target: { protocol: 'http', code: '404' }, kept: true });
    assert.deepEqual(parseViewState({ target: { protocol: 'http', code: '404' }, kept: 'yes' }), { target: { protocol: 'http', code: '404' } });
    assert.equal(parseViewState({ tab: 'flask' }), undefined);
    assert.equal(parseViewState(undefined), undefined);
  });

  it('parses acks for the client', () => {
    assert.deepEqual(parseHostMessage({ type: 'ack', request: 2, ok: true }), { type: 'ack', request: 2, ok: true });
    assert.equal(parseHostMessage({ type: 'ack', request: 2 }), undefined);
    assert.equal(parseHostMessage({ type: 'html', html: '<b>' }), undefined);
  });

  it('parses the deferred colours for the client, keeping only token class rules', () => {
    const msg = { type: 'highlight', page: 3, blocks: [{ block: 4, html: '<span class="t9">x</span>', extra: 1 }], css: ['.t9{--sl:#0000FF;--sd-fs:italic}', 'body{background:url(x)}', '.t1{}</style>', 7] };
    assert.deepEqual(parseHostMessage(msg), { type: 'highlight', page: 3, blocks: [{ block: 4, html: '<span class="t9">x</span>' }], css: ['.t9{--sl:#0000FF;--sd-fs:italic}'] });
    assert.equal(parseHostMessage({ ...msg, page: -1 }), undefined);
    assert.equal(parseHostMessage({ ...msg, blocks: [{ block: 'x', html: '' }] }), undefined);
    assert.equal(parseHostMessage({ ...msg, css: '.t0{}' }), undefined);
  });

  it('parses the page-ready message for the host: the plain blocks on screen', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', page: 7, blocks: [3, 4, 3], more: 1 }), { type: 'ready', page: 7, blocks: [3, 4] });
    assert.equal(parseWebviewMessage({ type: 'ready', page: 7 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'ready', page: '7', blocks: [] }), undefined);
    assert.equal(parseWebviewMessage({ type: 'ready', page: 1.5, blocks: [] }), undefined);
    assert.equal(parseWebviewMessage({ type: 'ready', page: 7, blocks: ['3'] }), undefined);
    assert.equal(parseWebviewMessage({ type: 'ready', page: 7, blocks: [-1] }), undefined);
    assert.equal(parseWebviewMessage({ type: 'ready', page: 7, blocks: Array.from({ length: 65 }, (_, i) => i) }), undefined);
  });

  it('parses the page-painted message, which releases the title and focus held for that page', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'painted', page: 3, title: 'x' }), { type: 'painted', page: 3 });
    assert.equal(parseWebviewMessage({ type: 'painted' }), undefined);
    assert.equal(parseWebviewMessage({ type: 'painted', page: -2 }), undefined);
  });
});
