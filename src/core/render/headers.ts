// The header fields a status needs besides Content-Type, Date and Content-Length: one table, read
// by the raw response and by every framework snippet (each sets them its own way), and compared by
// the frameworks suite. Values are examples a user edits; the rows are what the RFCs ask for.

export interface StatusHeader {
  /** The field name as the RFC writes it. */
  name: string;
  /** An example value, valid for the field's grammar. */
  value: string;
  /** The requirement level of the section cited. */
  level: 'MUST' | 'SHOULD' | 'MAY' | 'usual';
  /** Where the requirement is written. */
  spec: { title: string; url: string };
}

const rfc9110 = (section: string): { title: string; url: string } => ({
  title: `RFC 9110, Section ${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc9110.html#section-${section}`,
});

interface Row {
  statuses: readonly number[];
  header: StatusHeader;
}

/**
 * Each row: the statuses and the field. 305 (deprecated, 15.4.6) and 306 (unused, 15.4.7) get no
 * Location; 304 is not a redirect. Connection: Upgrade (7.8) is left to the server, which owns
 * Connection (WSGI servers and WEBrick rewrite or refuse it).
 */
export const STATUS_HEADER_TABLE: readonly Row[] = [
  // The created resource (15.3.2); without Location the target URI is taken to be it.
  { statuses: [201], header: { name: 'Location', value: '/endpoint/1', level: 'usual', spec: rfc9110('15.3.2') } },
  { statuses: [300], header: { name: 'Location', value: '/new-endpoint', level: 'SHOULD', spec: rfc9110('15.4.1') } },
  { statuses: [301], header: { name: 'Location', value: '/new-endpoint', level: 'SHOULD', spec: rfc9110('15.4.2') } },
  { statuses: [302], header: { name: 'Location', value: '/new-endpoint', level: 'SHOULD', spec: rfc9110('15.4.3') } },
  { statuses: [303], header: { name: 'Location', value: '/new-endpoint', level: 'usual', spec: rfc9110('15.4.4') } },
  { statuses: [307], header: { name: 'Location', value: '/new-endpoint', level: 'SHOULD', spec: rfc9110('15.4.8') } },
  { statuses: [308], header: { name: 'Location', value: '/new-endpoint', level: 'SHOULD', spec: rfc9110('15.4.9') } },
  { statuses: [401], header: { name: 'WWW-Authenticate', value: 'Bearer realm="api"', level: 'MUST', spec: rfc9110('15.5.2') } },
  { statuses: [405], header: { name: 'Allow', value: 'POST', level: 'MUST', spec: rfc9110('15.5.6') } },
  { statuses: [407], header: { name: 'Proxy-Authenticate', value: 'Basic realm="proxy"', level: 'MUST', spec: rfc9110('15.5.8') } },
  // The current length of the selected representation (14.4: "bytes */length").
  { statuses: [416], header: { name: 'Content-Range', value: 'bytes */1000', level: 'SHOULD', spec: rfc9110('15.5.17') } },
  { statuses: [426], header: { name: 'Upgrade', value: 'HTTP/3.0', level: 'MUST', spec: rfc9110('15.5.22') } },
  { statuses: [429], header: { name: 'Retry-After', value: '60', level: 'MAY', spec: { title: 'RFC 6585, Section 4', url: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-4' } } },
  { statuses: [503], header: { name: 'Retry-After', value: '60', level: 'MAY', spec: rfc9110('15.6.4') } },
  // Early hints carry the links to preload (RFC 8297 section 2).
  { statuses: [103], header: { name: 'Link', value: '</style.css>; rel=preload; as=style', level: 'usual', spec: { title: 'RFC 8297, Section 2', url: 'https://www.rfc-editor.org/rfc/rfc8297.html#section-2' } } },
];

/** The header fields a status is sent with (beyond Content-Type, Date and Content-Length). */
export function statusHeaders(status: number): StatusHeader[] {
  return STATUS_HEADER_TABLE.filter((row) => row.statuses.includes(status)).map((row) => row.header);
}
