import * as assert from 'node:assert/strict';
import { allEntries, lookup, resolve } from '../../src/core/registry';
import { bodyJson, byteLength, httpStatusOf, responseBody } from '../../src/core/render/body';
import { STATUS_HEADER_TABLE, statusHeaders } from '../../src/core/render/headers';
import { codeReport } from '../../src/core/render/report';
import { FRAMEWORKS, renderSnippet } from '../../src/core/snippets/index';
import * as response from '../../src/core/render/response';
import type { Rendered } from '../../src/core/render/response';

/** The text of a result that must have rendered. */
function rendered(result: Rendered): string {
  if (!result.ok) assert.fail(`did not render: ${result.message}`);
  return result.text;
}
const renderRawResponse = (...a: Parameters<typeof response.renderRawResponse>): string => rendered(response.renderRawResponse(...a));
const renderCurl = (...a: Parameters<typeof response.renderCurl>): string => rendered(response.renderCurl(...a));
const renderSmtpReply = (...a: Parameters<typeof response.renderSmtpReply>): string => rendered(response.renderSmtpReply(...a));
const normaliseBaseUrl = (base: string): string => rendered(response.normaliseBaseUrl(base));
/** The refusal of a result that must not have rendered. */
function refusal(result: Rendered): { reason: string; message: string } {
  if (result.ok) assert.fail(`rendered: ${result.text}`);
  return result;
}
import type { ResolvedCode } from '../../src/core/types';

const fixed = () => new Date(Date.UTC(2026, 1, 25, 12, 0, 0));

function found(protocol: 'http' | 'smtp' | 'smtp-enhanced', code: string): ResolvedCode {
  const res = lookup(protocol, code);
  assert.equal(res.kind, 'found', `${protocol} ${code} should be in the registry`);
  return (res as Extract<typeof res, { kind: 'found' }>).matches[0]!;
}

/** Parses a raw response into its parts, checking its shape. */
function parseRaw(raw: string): { status: string; headers: Map<string, string>; body?: string } {
  const [head, ...rest] = raw.split('\n\n');
  const [statusLine, ...headerLines] = head!.split('\n').filter(Boolean);
  const headers = new Map(headerLines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
  return { status: statusLine!, headers, body: rest.length ? rest.join('\n\n') : undefined };
}

describe('raw mock response', () => {
  it('renders SMTP 452 as the reference page shows it, with the right Content-Length', () => {
    const raw = renderRawResponse(found('smtp', '452'), { now: fixed });
    assert.equal(
      raw,
      [
        'HTTP/1.1 452 Insufficient Storage',
        'Content-Type: application/json',
        'Date: Wed, 25 Feb 2026 12:00:00 GMT',
        'Content-Length: 68',
        '',
        '{"error": "insufficient_storage", "message": "Insufficient Storage"}',
      ].join('\n'),
    );
  });

  it('has a Content-Length equal to the UTF-8 byte length of the body shown, for every entry and both styles', () => {
    let checked = 0;
    for (const e of allEntries()) {
      if (e.protocol !== 'http' && e.protocol !== 'smtp') continue;
      // nginx 444 / 499 have no response (see 'codes never sent' below).
      if (e.wire) continue;
      for (const style of ['simple', 'problem'] as const) {
        const raw = renderRawResponse(resolve(e), { now: fixed, style });
        const { headers, body } = parseRaw(raw);
        if (body === undefined) {
          assert.ok(!headers.has('Content-Length'), `${e.id}: no body, no Content-Length`);
          continue;
        }
        assert.equal(Number(headers.get('Content-Length')), Buffer.byteLength(body, 'utf8'), `${e.id} ${style}`);
        assert.doesNotThrow(() => JSON.parse(body), `${e.id} body is JSON`);
        checked++;
      }
    }
    assert.ok(checked > 100, `checked ${checked} bodies`);
  });

  it('counts bytes, not characters, for a non-ASCII message', () => {
    const raw = renderRawResponse(found('http', '404'), { now: fixed, message: '찾을 수 없음 — ünïcödé 🚫' });
    const { headers, body } = parseRaw(raw);
    assert.ok(body!.includes('찾을 수 없음'));
    assert.equal(Number(headers.get('Content-Length')), Buffer.byteLength(body!, 'utf8'));
    assert.notEqual(Number(headers.get('Content-Length')), body!.length);
  });

  it('writes the Date header in IMF-fixdate from the injected clock', () => {
    const { headers } = parseRaw(renderRawResponse(found('http', '404'), { now: () => new Date(Date.UTC(2024, 0, 5, 3, 4, 5)) }));
    assert.equal(headers.get('Date'), 'Fri, 05 Jan 2024 03:04:05 GMT');
    assert.match(headers.get('Date')!, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });

  it('renders RFC 9457 problem+json on request', () => {
    const { status, headers, body } = parseRaw(renderRawResponse(found('http', '507'), { now: fixed, style: 'problem' }));
    assert.equal(status, 'HTTP/1.1 507 Insufficient Storage');
    assert.equal(headers.get('Content-Type'), 'application/problem+json');
    const json = JSON.parse(body!);
    assert.equal(json.status, 507);
    assert.equal(json.title, 'Insufficient Storage');
    assert.equal(json.type, 'about:blank');
  });

  it('sends no body for 204 and 304', () => {
    for (const code of ['204', '304']) {
      const raw = renderRawResponse(found('http', code), { now: fixed });
      const { headers, body } = parseRaw(raw);
      assert.equal(body, undefined, code);
      assert.ok(!headers.has('Content-Type'), code);
    }
  });

  it('refuses SMTP enhanced codes, which are not HTTP statuses', () => {
    assert.equal(refusal(response.renderRawResponse(found('smtp-enhanced', '4.3.1'))).reason, 'not-http');
  });

  it('serialises bodies with the separators the reference shows', () => {
    const body = responseBody(found('http', '404'))!;
    assert.equal(bodyJson(body), '{"error": "not_found", "message": "Not Found"}');
    assert.equal(byteLength('é'), 2);
  });
});

/** Every entry sent as an HTTP status (HTTP and SMTP basic codes; not nginx 444 / 499), both styles. */
function* everyResponse(): Generator<{ id: string; status: number; style: 'simple' | 'problem'; raw: ReturnType<typeof parseRaw> }> {
  for (const e of allEntries()) {
    if ((e.protocol !== 'http' && e.protocol !== 'smtp') || e.wire) continue;
    const r = resolve(e);
    for (const style of ['simple', 'problem'] as const) {
      yield { id: e.id, status: httpStatusOf(r)!, style, raw: parseRaw(renderRawResponse(r, { now: fixed, style })) };
    }
  }
}

describe('bodies per class, for every code of the registry', () => {
  it('a 2xx or 3xx never has an error body: a status object {status, message} (3xx: with its location)', () => {
    let checked = 0;
    for (const { id, status, style, raw } of everyResponse()) {
      if (status < 200 || status >= 400 || raw.body === undefined) continue;
      const json = JSON.parse(raw.body);
      assert.equal(raw.headers.get('Content-Type'), 'application/json', `${id} ${style}`);
      assert.ok(!('error' in json) && !('detail' in json) && !('title' in json), `${id} ${style}: ${raw.body}`);
      assert.equal(typeof json.status, 'string', `${id} ${style}`);
      const location = raw.headers.get('Location');
      assert.deepEqual(Object.keys(json), status >= 300 && location ? ['status', 'message', 'location'] : ['status', 'message'], `${id} ${style}`);
      if (status >= 300 && location) assert.equal(json.location, location, `${id}: the body links to the Location`);
      checked++;
    }
    assert.ok(checked > 20, `checked ${checked}`);
  });

  it('problem+json only for 4xx and 5xx, in the problem style; the simple style is {error, message}', () => {
    for (const { id, status, style, raw } of everyResponse()) {
      if (raw.body === undefined) continue;
      const problem = raw.headers.get('Content-Type') === 'application/problem+json';
      assert.equal(problem, status >= 400 && style === 'problem', `${id} ${style}`);
      if (status >= 400) {
        const json = JSON.parse(raw.body);
        if (style === 'problem') assert.deepEqual([json.type, json.status], ['about:blank', status], id);
        else assert.deepEqual(Object.keys(json), ['error', 'message'], id);
      }
    }
  });

  it('no body for 1xx, 204, 205 and 304, and a body for every other status', () => {
    for (const { id, status, style, raw } of everyResponse()) {
      const none = status < 200 || [204, 205, 304].includes(status);
      assert.equal(raw.body === undefined, none, `${id} ${style}`);
    }
  });

  it('200 and 201 look like success in both styles', () => {
    for (const style of ['simple', 'problem'] as const) {
      assert.equal(parseRaw(renderRawResponse(found('http', '200'), { now: fixed, style })).body, '{"status": "ok", "message": "OK"}');
      const created = parseRaw(renderRawResponse(found('http', '201'), { now: fixed, style }));
      assert.equal(created.body, '{"status": "created", "message": "Created"}');
      assert.equal(created.headers.get('Content-Type'), 'application/json');
    }
  });
});

describe('header fields the spec asks for', () => {
  /** Where each header is required (RFC 9110 unless noted): status -> header name. */
  const REQUIRED: Record<number, string> = {
    103: 'Link', 201: 'Location', 300: 'Location', 301: 'Location', 302: 'Location', 303: 'Location', 307: 'Location', 308: 'Location',
    401: 'WWW-Authenticate', 405: 'Allow', 407: 'Proxy-Authenticate', 416: 'Content-Range', 426: 'Upgrade', 429: 'Retry-After', 503: 'Retry-After',
  };
  const NAMES = new Set(Object.values(REQUIRED));

  it('each required header is in the raw response exactly where required, once, for every code', () => {
    let checked = 0;
    for (const { id, status, style, raw } of everyResponse()) {
      const want = REQUIRED[status];
      for (const name of NAMES) assert.equal(raw.headers.has(name), name === want, `${id} ${style}: ${name}`);
      if (want) checked++;
    }
    assert.ok(checked >= 28, `checked ${checked}`);
  });

  it('the table cites an RFC section for every row, and no status twice', () => {
    const seen = new Set<number>();
    for (const row of STATUS_HEADER_TABLE) {
      assert.match(row.header.spec.url, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+\.html#section-[\d.]+$/);
      assert.match(row.header.spec.title, /^RFC \d+, Section [\d.]+$/);
      for (const st of row.statuses) {
        assert.ok(!seen.has(st), `${st} twice`);
        seen.add(st);
      }
    }
    assert.deepEqual([...seen].sort(), Object.keys(REQUIRED).map(Number).sort());
    assert.equal(statusHeaders(401)[0]!.level, 'MUST');
    assert.equal(statusHeaders(405)[0]!.level, 'MUST');
  });

  it('writes Content-Type, then the status\'s header fields, then Date', () => {
    const raw = renderRawResponse(found('http', '401'), { now: fixed, style: 'problem' }).split('\n');
    assert.deepEqual(raw.slice(0, 4), ['HTTP/1.1 401 Unauthorized', 'Content-Type: application/problem+json', 'WWW-Authenticate: Bearer realm="api"', 'Date: Wed, 25 Feb 2026 12:00:00 GMT']);
  });

  it('every framework snippet sets each header of its status (the frameworks suite proves they are sent)', () => {
    for (const [status, name] of Object.entries(REQUIRED)) {
      if (Number(status) < 200) continue;
      const value = statusHeaders(Number(status))[0]!.value;
      for (const fw of FRAMEWORKS) {
        const s = renderSnippet(found('http', status), fw);
        if (fw.refusesHeaders?.names.includes(name)) {
          assert.ok(!s.ok && s.reason === 'header', `${fw.id} ${status}: refuses ${name}, so no snippet`);
          continue;
        }
        assert.ok(s.ok, `${fw.id} ${status}`);
        assert.ok(s.code.includes(JSON.stringify(name)) && s.code.includes(JSON.stringify(value)), `${fw.id} ${status} sets ${name}: ${value}\n${s.code}`);
      }
    }
  });

  it('only Django refuses headers (WSGI hop-by-hop: Upgrade, Proxy-Authenticate), so it offers no 426 or 407 snippet', () => {
    assert.deepEqual(FRAMEWORKS.filter((f) => f.refusesHeaders).map((f) => [f.id, [...f.refusesHeaders!.names]]), [['django', ['Upgrade', 'Proxy-Authenticate']]]);
    const django = FRAMEWORKS.find((f) => f.id === 'django')!;
    for (const code of ['426', '407']) {
      const s = renderSnippet(found('http', code), django);
      assert.ok(!s.ok && s.reason === 'header' && /PEP 3333/.test(s.message), code);
    }
    assert.ok(renderSnippet(found('http', '401'), django).ok);
  });

  it('the report lists the headers the raw response carries', () => {
    assert.deepEqual(codeReport(found('http', '405')).headers?.map((h) => `${h.name}: ${h.value}`), ['Allow: POST']);
    assert.deepEqual(codeReport(found('http', '404')).headers, []);
  });
});

describe('codes never sent as a response (nginx 444, 499)', () => {
  const nginx = (code: string): ResolvedCode => {
    const res = lookup('http', code);
    assert.equal(res.kind, 'found');
    return (res as Extract<typeof res, { kind: 'found' }>).matches.find((m) => m.entry.vendor === 'nginx')!;
  };

  it('are marked in the registry, with the source, and only they', () => {
    assert.equal(nginx('444').entry.wire?.kind, 'closes-connection');
    assert.equal(nginx('499').entry.wire?.kind, 'logged-only');
    for (const r of [nginx('444'), nginx('499')]) assert.match(r.entry.wire!.source, /^https:\/\/(nginx\.org|github\.com\/nginx)\//);
    assert.deepEqual(allEntries().filter((e) => e.wire).map((e) => e.id), ['http:444@nginx', 'http:499@nginx']);
  });

  it('have no raw response and no snippet, and say why', () => {
    for (const code of ['444', '499']) {
      const r = nginx(code);
      const raw = refusal(response.renderRawResponse(r));
      assert.equal(raw.reason, 'not-sent');
      assert.match(raw.message, /never sent/);
      for (const fw of FRAMEWORKS) {
        const s = renderSnippet(r, fw);
        assert.ok(!s.ok && s.reason === 'not-sent', `${fw.id} ${code}`);
      }
      const report = codeReport(r, { now: fixed });
      assert.equal(report.raw, undefined);
      assert.equal(report.curl, undefined);
      assert.ok(report.notSent?.transcript.includes(`"GET /endpoint HTTP/1.1" ${code} 0`));
    }
    assert.match(codeReport(nginx('444'), { now: fixed }).notSent!.transcript, /^\$ curl -i http:\/\/localhost\/endpoint\ncurl: \(52\) Empty reply from server\n/);
    assert.match(codeReport(nginx('499'), { now: fixed }).notSent!.transcript, /\[25\/Feb\/2026:12:00:00 \+0000\]/);
  });

  it('the other meaning of 499 (Esri ArcGIS) still has a response', () => {
    const res = lookup('http', '499');
    assert.ok(res.kind === 'found');
    const esri = res.matches.find((m) => m.entry.vendor === 'Esri ArcGIS')!;
    assert.ok(response.renderRawResponse(esri).ok);
  });
});

describe('curl line', () => {
  it('defaults to httpbin and uses the status number', () => {
    assert.equal(renderCurl(found('smtp', '452')), "curl -i 'https://httpbin.org/status/452?protocol=smtp'");
  });
  it('takes a configured base and drops trailing slashes', () => {
    assert.equal(renderCurl(found('http', '404'), 'http://localhost:8080/'), 'curl -i http://localhost:8080/status/404');
    assert.equal(normaliseBaseUrl('https://example.test/echo///'), 'https://example.test/echo');
  });
  it('rejects a malformed or non-http base with a clear message', () => {
    assert.match(refusal(response.renderCurl(found('http', '404'), 'not a url')).message, /not a URL/);
    assert.match(refusal(response.renderCurl(found('http', '404'), 'ftp://x.test')).message, /not an http or https URL/);
  });
});

describe('SMTP reply', () => {
  it('pairs a basic code with its enhanced code', () => {
    assert.equal(renderSmtpReply(found('smtp', '452')), '452 4.3.1 Insufficient system storage');
  });
  it('renders an enhanced code with a basic code of its class', () => {
    const reply = renderSmtpReply(found('smtp-enhanced', '5.1.1'));
    assert.match(reply, /^550 5\.1\.1 /);
    assert.match(renderSmtpReply(found('smtp-enhanced', '4.3.1')), /^452 4\.3\.1 /);
  });
  it('renders the multi-line form of RFC 5321 4.2.1: hyphen on every line but the last', () => {
    const lines = renderSmtpReply(found('smtp', '452'), { multiline: true }).split('\n');
    assert.ok(lines.length >= 2);
    lines.slice(0, -1).forEach((l) => assert.match(l, /^452-4\.3\.1 \S/));
    assert.match(lines.at(-1)!, /^452 4\.3\.1 \S/);
  });
  it('refuses HTTP codes', () => {
    assert.equal(refusal(response.renderSmtpReply(found('http', '404'))).reason, 'not-smtp');
  });
});
