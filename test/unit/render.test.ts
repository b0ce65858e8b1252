import * as assert from 'node:assert/strict';
import { allEntries, lookup, resolve } from '../../src/core/registry';
import { bodyJson, byteLength, responseBody } from '../../src/core/render/body';
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
      if (e.protocol === 'smtp-enhanced') continue;
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
