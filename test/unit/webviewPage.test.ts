// The response panel's HTML (built on the host): CSP with a fresh nonce, escaping, tabs, sections.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup } from '../../src/core/registry';
import { codeReport, type CodeReport } from '../../src/core/render/report';
import type { Protocol, ResolvedCode } from '../../src/core/types';
import { loadHighlighter } from '../../src/extension/highlight/highlighter';
import {
  blockKey,
  codeBlocksOf,
  contentSecurityPolicy,
  highlightAhead,
  highlightSmtpReply,
  newNonce,
  pickTab,
  renderPage,
  visibleBlocks,
  type PageInput,
  type PageLabels,
} from '../../src/extension/highlight/responsePage';

const fixed = () => new Date(Date.UTC(2026, 1, 25, 12, 0, 0));

function found(protocol: Protocol, code: string): ResolvedCode {
  const res = lookup(protocol, code);
  assert.equal(res.kind, 'found', `${protocol} ${code}`);
  return (res as Extract<typeof res, { kind: 'found' }>).matches[0]!;
}

const labels: PageLabels = {
  protocol: 'HTTP',
  codeClass: '4xx Client Error',
  status: 'permanent',
  vendor: 'Vendor',
  specification: 'Specification',
  errorKey: 'Error key',
  aliases: 'Also known as',
  note: 'Note:',
  registryText: 'Registry text',
  basicCodes: 'Basic reply codes',
  source: 'Source:',
  related: 'Related codes',
  httpResponse: 'HTTP response',
  curl: 'Test with curl',
  curlHint: 'hint',
  smtpReply: 'SMTP reply',
  smtpReplyMultiline: 'Multi-line SMTP reply',
  notSent: 'What the client sees instead',
  notSentExplanation: 'never sent',
  nonStandard: 'Non-standard',
  httpEquivalent: 'HTTP equivalent:',
  snippets: 'Return it from a framework',
  frameworks: 'Frameworks',
  copy: 'Copy',
  insert: 'Insert',
  insertTitle: 'Insert into the editor',
  unsupported: 'Not available:',
  constant: 'constant',
  startMock: 'Start Mock Server',
  testSmtp: 'Test SMTP Reply',
  smtpClients: 'Test a mailer against this reply',
  smtpClientsHint: 'Start the SMTP mock, then send a message to it.',
  copied: 'Copied',
  inserted: 'Inserted',
  failed: 'Failed',
  grpcMapping: 'HTTP mapping',
  grpcToHttp: 'gRPC to HTTP',
  httpToGrpc: 'HTTP to gRPC',
  httpToGrpcNone: 'No HTTP status reads as this code.',
  httpToGrpcOthers: 'and every other HTTP status',
  olderMapping: 'Older grpc-gateway versions',
  olderMappingItem: '{0} in versions {1}',
  library: 'The gRPC library never generates this code.',
  trailers: 'Status trailers (HTTP/2)',
  trailersNote: 'Trailers-Only',
  grpcurl: 'Test with grpcurl',
  grpcurlOutput: 'grpcurl prints:',
  spellings: 'In code',
  closeFrame: 'Close frame',
  closeFrameNote: 'unmasked',
  closeFrameBytes: 'Bytes',
  closeFrameField: 'Meaning',
  ftpReply: 'FTP reply',
  ftpReplyMultiline: 'Multi-line FTP reply',
  ftpGroup: 'Function group',
  ftpGroupName: 'x5z File system',
  conflicts: 'More than one meaning:',
};

function input(report: CodeReport, extra: Partial<PageInput> = {}): PageInput {
  return {
    report,
    labels,
    related: report.related.map((x) => ({ target: { protocol: x.protocol as Protocol, code: x.code, id: x.id }, protocol: x.protocol.toUpperCase(), code: x.code, phrase: x.phrase })),
    state: { target: { protocol: report.protocol, code: report.code, id: report.id } },
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/style.css',
    nonce: newNonce(),
    ...extra,
  };
}

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'the page has a CSP meta tag');
  return m[1]!.replace(/&#39;/g, "'");
}

/** Every element that can run script or load something: only our nonce'd script and stylesheet. */
function tags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

describe('response page: CSP and nonce', () => {
  const report = codeReport(found('http', '404'), { now: fixed });

  it('has a strict policy with the nonce of the render', () => {
    const i = input(report);
    const html = renderPage(i);
    const csp = cspOf(html);
    assert.equal(csp, contentSecurityPolicy(i.cspSource, i.nonce));
    assert.match(csp, /^default-src 'none'; /);
    assert.ok(csp.includes(`script-src 'nonce-${i.nonce}'`), csp);
    assert.ok(csp.includes(`style-src ${i.cspSource} 'nonce-${i.nonce}'`), csp);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const scripts = tags(html, 'script');
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0]!.includes(`nonce="${i.nonce}"`) && scripts[0]!.includes(`src="${i.scriptUri}"`), scripts[0]);
    for (const s of tags(html, 'style')) assert.ok(s.includes(`nonce="${i.nonce}"`), s);
    // Inline style attributes would be blocked by the CSP: the page must not rely on any.
    assert.doesNotMatch(html, /\sstyle="/);
    assert.deepEqual((html.replace(/="[^"]*"/g, '=').match(/<[a-z][^>]*>/gi) ?? []).filter((t) => /\son[a-z]+=/i.test(t)), [], 'no inline event handlers');
  });

  it('uses a different nonce on every render', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => cspOf(renderPage(input(report))).match(/'nonce-([^']+)'/)![1]));
    assert.equal(nonces.size, 20);
    for (const n of nonces) assert.match(n!, /^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('response page: escaping', () => {
  const hostile = '<script>alert("x")</script> & \' " <img src=x onerror=alert(1)>';
  const base = codeReport(found('http', '404'), { now: fixed });
  const report: CodeReport = {
    ...base,
    phrase: hostile,
    description: hostile,
    aliases: [hostile],
    note: hostile,
    spec: { title: hostile, url: 'javascript:alert(1)' },
    source: hostile,
    raw: hostile,
    curl: hostile,
    related: [{ id: `"><script>`, protocol: 'http', code: `"'><b>`, phrase: hostile }],
    snippets: {
      django: { language: 'python', label: hostile, code: hostile, snippet: hostile },
      [`x" onclick="alert(1)`]: { language: `"><script>`, label: 'L', unsupported: hostile, reason: 'range', range: { min: 200, max: 599 } },
    },
  };

  it('never emits text from the report as markup', () => {
    const html = renderPage(input(report, { language: `en"><script>` }));
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<b>/);
    assert.equal(tags(html, 'script').length, 1);
    // Attribute values are quoted with " and cannot contain one: strip them, then look at names.
    // Text has every < escaped, so what starts with <letter is a real tag.
    const realTags = html.replace(/="[^"]*"/g, '=').match(/<[a-z][^>]*>/gi) ?? [];
    assert.deepEqual(realTags.filter((t) => /\son[a-z]+=/i.test(t)), [], 'no event handler attribute');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39; &quot;'));
  });

  it('links only http(s) URLs', () => {
    const html = renderPage(input(report));
    assert.doesNotMatch(html, /href="javascript:/);
    const ok = renderPage(input(base));
    assert.ok(ok.includes(`<a href="${base.spec.url}">`), 'the spec link of 404');
  });

  it('keeps </style> out of the token stylesheet', () => {
    const html = renderPage(input(base, { highlighter: { highlight: (c) => c, css: () => '.t0{--sl:#000}</style><script>x</script>' } }));
    assert.equal(tags(html, 'script').length, 1);
    assert.equal((html.match(/<\/style>/g) ?? []).length, 1);
  });
});

describe('response page: content', () => {
  it('shows an HTTP code: raw response, curl, one tab per framework, the preselected one visible', () => {
    const report = codeReport(found('http', '404'), { now: fixed });
    const ids = Object.keys(report.snippets);
    assert.ok(ids.length >= 8, `${ids.length} frameworks`);
    const tab = ids[2]!;
    const html = renderPage(input(report, { state: { target: { protocol: 'http', code: '404' }, tab } }));
    assert.ok(html.includes('id="raw"') && html.includes('id="curl"') && html.includes('id="snippets"'));
    assert.ok(!html.includes('id="smtp-reply"'));
    assert.equal(tags(html, 'button').filter((b) => b.includes('role="tab"')).length, ids.length);
    const panels = tags(html, 'div').filter((d) => d.includes('role="tabpanel"'));
    assert.equal(panels.length, ids.length);
    const visible = panels.filter((p) => !p.includes(' hidden'));
    assert.equal(visible.length, 1);
    assert.ok(visible[0]!.includes(`data-framework="${tab}"`), visible[0]);
    for (const id of ids) {
      assert.ok(html.includes(`data-action="insert" data-framework="${id}"`), `insert button for ${id}`);
      assert.ok(html.includes(`data-action="copy" data-item="snippet" data-framework="${id}"`), `copy button for ${id}`);
    }
    assert.ok(html.includes('data-action="copy" data-item="raw"') && html.includes('data-action="copy" data-item="curl"'));
    assert.ok(html.includes('data-action="mock" data-mock="startHttp"') && !html.includes('data-mock="testSmtp"'));
    // The state the webview saves is on the body.
    assert.ok(html.includes(`data-state="${JSON.stringify({ target: { protocol: 'http', code: '404' }, tab }).replace(/"/g, '&quot;')}"`));
  });

  it('shows SMTP 452: both replies, related codes as links that navigate', () => {
    const report = codeReport(found('smtp', '452'), { now: fixed });
    const html = renderPage(input(report));
    assert.ok(html.includes('id="smtp-reply"') && html.includes('id="smtp-reply-multiline"'));
    assert.ok(html.includes(highlightSmtpReply(report.smtpReply!)));
    assert.ok(html.includes('data-action="mock" data-mock="testSmtp"'));
    assert.ok(report.related.length > 0, 'SMTP 452 has related codes');
    for (const x of report.related) {
      assert.ok(html.includes(`data-action="open" data-protocol="${x.protocol}" data-code="${x.code}" data-id="${x.id}"`), x.id);
    }
  });

  it('shows SMTP 452 SMTP-first: the replies before the HTTP rendering, which is labelled non-standard with HTTP 507 one click away', () => {
    const report = codeReport(found('smtp', '452'), { now: fixed });
    assert.equal(report.httpEquivalent?.id, 'http:507');
    const html = renderPage(input(report));
    const at = (id: string): number => html.indexOf(`id="${id}"`);
    assert.ok(at('smtp-reply') >= 0 && at('smtp-reply') < at('smtp-reply-multiline') && at('smtp-reply-multiline') < at('raw'), 'SMTP reply, multi-line reply, then HTTP');
    const raw = html.slice(at('raw'), html.indexOf('</section>', at('raw')));
    assert.ok(raw.includes('class="notice non-standard"') && raw.includes('Non-standard'), 'the HTTP rendering says it is non-standard');
    assert.match(raw, /HTTP equivalent: <button type="button" class="link equivalent-link" data-action="open" data-protocol="http" data-code="507" data-id="http:507">/);
    // An HTTP code's raw response carries no such notice.
    assert.ok(!renderPage(input(codeReport(found('http', '507'), { now: fixed }))).includes('non-standard'));
  });

  it('shows SMTP 452 with client lines that test a mailer against it, each with its Copy button, after the replies', () => {
    const report = codeReport(found('smtp', '452'), { now: fixed });
    const html = renderPage(input(report));
    const at = (id: string) => html.indexOf(`id="${id}"`);
    assert.ok(at('smtp-reply-multiline') < at('smtp-clients') && at('smtp-clients') < at('raw'), 'after the replies, before the HTTP rendering');
    assert.ok(html.includes('npx status-codes serve --smtp --smtp-port 2525 --stage rcpt --reply 452'));
    const copies = [...html.matchAll(/data-item="smtpClient" data-framework="([a-z]+)"/g)].map((m) => m[1]);
    assert.deepEqual(copies, ['serve', 'swaks', 'curl', 'smtplib', 'nodemailer']);
    assert.ok(!renderPage(input(codeReport(found('http', '404'), { now: fixed }))).includes('id="smtp-clients"'), 'none for an HTTP status');
  });

  it('names snippet languages as people write them, and shows the error key only where a body has one', () => {
    const html = renderPage(input(codeReport(found('http', '404'), { now: fixed })));
    assert.ok(html.includes('<span class="language">JavaScript</span>') && html.includes('<span class="language">C#</span>'));
    assert.ok(html.includes('<dt>Error key</dt>'), '404 has an error body');
    for (const code of ['200', '201', '204', '301']) assert.ok(!renderPage(input(codeReport(found('http', code), { now: fixed }))).includes('<dt>Error key</dt>'), code);
  });

  it('shows nginx 444 as what happens instead: no raw response, no curl line, no snippet to insert', () => {
    const res = lookup('http', '444');
    assert.ok(res.kind === 'found');
    const report = codeReport(res.matches.find((m) => m.entry.vendor === 'nginx')!, { now: fixed });
    assert.equal(report.raw, undefined);
    assert.equal(report.curl, undefined);
    assert.equal(report.notSent?.kind, 'closes-connection');
    const html = renderPage(input(report));
    assert.ok(html.includes('id="not-sent"') && html.includes('never sent'));
    assert.ok(html.includes('curl: (52) Empty reply from server'), 'what curl prints');
    assert.ok(html.includes('&quot;GET /endpoint HTTP/1.1&quot; 444 0'), 'the access-log line');
    assert.ok(!html.includes('id="raw"') && !html.includes('id="curl"') && !html.includes('data-item="raw"'));
    assert.ok(!html.includes('data-action="insert"'), 'no snippet to insert');
    for (const s of Object.values(report.snippets)) assert.ok('reason' in s && s.reason === 'not-sent', s.label);
    assert.deepEqual(codeBlocksOf(report).map((b) => b.language), ['shellscript']);
  });

  it('shows an enhanced code without HTTP parts', () => {
    const report = codeReport(found('smtp-enhanced', '4.3.1'), { now: fixed });
    const html = renderPage(input(report));
    assert.ok(html.includes('id="smtp-reply"'));
    assert.ok(!html.includes('id="raw"') && !html.includes('id="curl"') && !html.includes('id="snippets"'));
  });

  it('shows the reason instead of code for an unsupported framework', () => {
    const report = codeReport(found('http', '103'), { now: fixed });
    const id = Object.keys(report.snippets).find((k) => 'unsupported' in report.snippets[k]!);
    assert.ok(id, '103 is unsupported somewhere (interim response)');
    const s = report.snippets[id] as { unsupported: string };
    const html = renderPage(input(report, { state: { target: { protocol: 'http', code: '103' }, tab: id } }));
    const panel = html.slice(html.indexOf(`data-framework="${id}"><div class="notice"`));
    assert.ok(panel.length > 0 && html.includes(s.unsupported.replace(/"/g, '&quot;').replace(/'/g, '&#39;')), 'the reason is shown');
    assert.ok(!html.includes(`data-action="insert" data-framework="${id}"`), 'no insert button');
  });

  it('picks the preferred tab when the report has it, else the first supported one', () => {
    const r404 = codeReport(found('http', '404'));
    const ids = Object.keys(r404.snippets);
    assert.equal(pickTab(r404, [undefined, 'nope', ids[3]]), ids[3]);
    assert.equal(pickTab(r404, []), ids[0]);
    assert.equal(pickTab(codeReport(found('smtp-enhanced', '5.1.1')), ['django']), undefined);
  });
});

describe('response page: highlighting', () => {
  it('colours code with token classes and one nonce-d stylesheet per page', async () => {
    const hl = await loadHighlighter();
    const report = codeReport(found('http', '404'), { now: fixed });
    await hl.prepare(codeBlocksOf(report).map((b) => b.language));
    const session = hl.session();
    const i = input(report, { highlighter: session });
    const html = renderPage(i);
    assert.match(html, /<span class="t\d+">/);
    const style = /<style nonce="[^"]+" data-tokens>([^<]*)<\/style>/.exec(html);
    assert.ok(style && /\.t0\{--sl:#[0-9A-Fa-f]{6};--sd:#[0-9A-Fa-f]{6};--shd:#[0-9A-Fa-f]{6};--shl:#[0-9A-Fa-f]{6}/.test(style[1]!), style?.[1]?.slice(0, 200));
    // Every class used is defined.
    const used = new Set([...html.matchAll(/class="(t\d+)"/g)].map((m) => m[1]));
    for (const c of used) assert.ok(style![1]!.includes(`.${c}{`), c);
    assert.doesNotMatch(html, /\sstyle="/);
  });
});

describe('response page: the webview script and stylesheet inlined', () => {
  const report = codeReport(found('http', '404'), { now: fixed });

  it('links them without the assets, and inlines them under the nonce with them', () => {
    const linked = renderPage(input(report));
    assert.match(linked, /<script nonce="[^"]+" src="[^"]+main\.js"><\/script>/);
    assert.match(linked, /<link rel="stylesheet" href="[^"]+style\.css">/);
    const i = input(report, { assets: { script: 'document.body.dataset.x = "</script><b>";', style: 'body{color:red}' } });
    const html = renderPage(i);
    assert.doesNotMatch(html, /<script[^>]* src=|<link rel="stylesheet"/);
    const scripts = [...html.matchAll(/<script nonce="([^"]+)">([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1, 'one inline script');
    assert.equal(scripts[0]![1], i.nonce);
    // A `</script` inside the script cannot close the element early.
    assert.equal(scripts[0]![2], 'document.body.dataset.x = "<\\/script><b>";');
    assert.ok(html.includes(`<style nonce="${i.nonce}">body{color:red}</style>`), 'the stylesheet inlined under the nonce');
    // The CSP still allows no inline code without the nonce.
    assert.match(cspOf(html), new RegExp(`script-src 'nonce-${i.nonce.replace(/[+/]/g, '\\$&')}'`));
  });
});

describe('response page: hidden tabs coloured later', () => {
  const report = codeReport(found('http', '404'), { now: fixed });

  it('shows first every block but the snippets of the tabs not selected', () => {
    const visible = visibleBlocks(report, 'flask');
    const flask = report.snippets.flask as { code: string };
    assert.deepEqual(visible.map((b) => b.code), [report.raw, report.curl, flask.code]);
    assert.deepEqual(visibleBlocks(report, undefined).map((b) => b.language), ['http', 'shellscript']);
  });

  it('numbers the blocks, marks the deferred ones plain and says the page waits for them', () => {
    const all = codeBlocksOf(report);
    const first = new Set(visibleBlocks(report, 'flask').map((b) => blockKey(b.code, b.language)));
    const highlighter = { highlight: (c: string) => `<span class="t0">${c.length}</span>`, css: () => '.t0{--sl:#000}', deferred: (c: string, l: string) => !first.has(blockKey(c, l)) };
    const html = renderPage(input(report, { highlighter, page: 12, state: { target: { protocol: 'http', code: '404' }, tab: 'flask' } }));
    assert.match(html, /<body [^>]*data-highlighted="true" data-pending="true" data-page="12"/);
    assert.ok(html.includes(`data-language="http" data-block="0" tabindex="0"><code><span class="t0">${report.raw!.length}</span>`), 'the raw response is coloured');
    const express = all.findIndex((b) => b.code === (report.snippets.express as { code: string }).code);
    assert.ok(express > 1);
    const plain = new RegExp(`data-block="${express}" data-pending tabindex="0"><code>([^<]*)</code>`).exec(html);
    assert.ok(plain && plain[1]!.length > 20, 'a hidden tab is plain (escaped) for now');
    // Without deferral nothing waits.
    assert.doesNotMatch(renderPage(input(report, { highlighter: { highlight: (c) => c, css: () => '' } })), /data-pending/);
  });
});

describe('response page: highlighting ahead', () => {
  const report = codeReport(found('http', '404'), { now: fixed });

  it('lists the blocks shiki colours: raw, curl, every supported snippet and SMTP client line', () => {
    const blocks = codeBlocksOf(report);
    const supported = Object.values(report.snippets).filter((s) => 'code' in s).length;
    assert.equal(blocks.length, 2 + supported);
    assert.deepEqual(blocks.slice(0, 2).map((b) => b.language), ['http', 'shellscript']);
    // An enhanced code has no HTTP parts: only the lines of the clients that test it.
    assert.deepEqual(codeBlocksOf(codeReport(found('smtp-enhanced', '5.1.1'))).map((b) => b.language), ['shellscript', 'shellscript', 'shellscript', 'python', 'javascript']);
  });

  it('highlights one block per turn of the event loop, then serves the page from the results', async () => {
    const calls: string[] = [];
    const session = { highlight: (_code: string, language: string) => (calls.push(language), `<${language}>`), css: () => '.t0{}' };
    let yields = 0;
    const blocks = [
      { code: 'a', language: 'http' },
      { code: 'b', language: 'python' },
      { code: 'a', language: 'http' },
    ];
    const ahead = await highlightAhead(session, blocks, async () => {
      yields++;
    });
    assert.ok(ahead);
    assert.equal(yields, 3);
    assert.deepEqual(calls, ['http', 'python'], 'a repeated block is highlighted once');
    assert.equal(ahead.highlight('b', 'python'), '<python>');
    assert.deepEqual(calls, ['http', 'python'], 'served from the results');
    assert.equal(ahead.css(), '.t0{}');
  });

  it('stops when the render is superseded', async () => {
    let n = 0;
    const session = { highlight: () => ((n += 1), ''), css: () => '' };
    const ahead = await highlightAhead(session, codeBlocksOf(report), async () => undefined, () => n >= 2);
    assert.equal(ahead, undefined);
    assert.equal(n, 2);
  });
});

describe('response page: stylesheet', () => {
  it('loads nothing remote and styles every theme kind', () => {
    const css = readFileSync(join(process.cwd(), 'src/webview/style.css'), 'utf8');
    assert.doesNotMatch(css, /@import|url\(/);
    for (const kind of ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light']) assert.ok(css.includes(`.${kind}`), kind);
  });
});

describe('response page: gRPC, WebSocket and FTP sections', () => {
  const sections = (html: string) => [...html.matchAll(/<section class="block" id="([^"]+)"/g)].map((m) => m[1]);

  it('shows gRPC 5 with its HTTP mapping both ways, trailers, grpcurl and spellings, and no HTTP response', () => {
    const html = renderPage(input(codeReport(found('grpc', '5'))));
    assert.deepEqual(sections(html), ['grpc-mapping', 'grpc-trailers', 'grpcurl', 'grpc-spellings', 'snippets']);
    assert.ok(html.includes('data-action="insert" data-framework="grpc-go"'), 'a grpc-go handler to insert');
    assert.ok(html.includes('data-action="open" data-protocol="http" data-code="404"'), 'HTTP 404 is one click away');
    assert.ok(html.includes('No HTTP status reads as this code.'));
    assert.ok(html.includes('The gRPC library never generates this code.'));
    assert.ok(html.includes('grpc-status: 5'));
    assert.ok(html.includes('Code: NotFound'));
    assert.ok(html.includes('<code>grpc.StatusCode.NOT_FOUND</code>') && html.includes('<code>Code::NotFound</code>'));
    assert.ok(html.includes('data-item="grpcTrailers"') && html.includes('data-item="grpcurl"'));
    assert.ok(!html.includes('id="raw"') && !html.includes('data-framework="flask"'), 'no HTTP response, no HTTP framework');
  });

  it('lists the HTTP statuses a client reads as UNAVAILABLE, and the older mapping of CANCELLED', () => {
    const html = renderPage(input(codeReport(found('grpc', '14'))));
    for (const c of ['429', '502', '503', '504']) assert.ok(html.includes(`data-code="${c}"`), c);
    const cancelled = renderPage(input(codeReport(found('grpc', '1'))));
    assert.ok(cancelled.includes('408 in versions v1.0.0 to v2.12.0'));
  });

  it('shows a WebSocket Close frame as hex and fields, and says why 1006 has none', () => {
    const html = renderPage(input(codeReport(found('websocket', '1008'), { message: 'policy' })));
    assert.deepEqual(sections(html), ['close-frame', 'snippets']);
    assert.ok(html.includes('88 08 03 f0 70 6f 6c 69 63 79'));
    assert.ok(html.includes('<td><code>03 f0</code></td><td>status code 1008, big-endian</td>'));
    const never = renderPage(input(codeReport(found('websocket', '1006'))));
    assert.ok(never.includes('never sent in a Close frame') && !never.includes('data-item="closeFrame"'));
  });

  it('shows an FTP reply, its multi-line form, its function group and a recorded conflict', () => {
    const html = renderPage(input(codeReport(found('ftp', '550'))));
    assert.deepEqual(sections(html), ['ftp-reply', 'ftp-reply-multiline']);
    assert.ok(html.includes('x5z File system'));
    assert.ok(html.includes('<span class="smtp-code">550</span><span class="smtp-sep"> </span><span class="smtp-text">End</span>'));
    assert.ok(!html.includes('id="smtp-reply"'));
    assert.ok(renderPage(input(codeReport(found('ftp', '521')))).includes('More than one meaning:'));
  });
});
