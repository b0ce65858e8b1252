// Issue 14: the hover on gRPC, WebSocket and FTP codes in code and logs, in the real extension host.
import * as assert from 'node:assert/strict';
import { api, closeAll, openDoc, ourHovers, positionOf, setSetting } from './helpers';

describe('hover on gRPC, WebSocket and FTP codes', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('hover.protocols', undefined);
    await closeAll();
  });

  it('codes.NotFound in a Go file importing google.golang.org/grpc/codes is gRPC 5', async () => {
    const content = 'package main\n\nimport (\n\t"google.golang.org/grpc/codes"\n\t"google.golang.org/grpc/status"\n)\n\nfunc find() error {\n\treturn status.Error(codes.NotFound, "no such user")\n}\n';
    const { document } = await openDoc('go', content);
    const texts = await ourHovers(document, positionOf(document, 'codes.NotFound', 8));
    assert.equal(texts.length, 1, 'one hover');
    assert.match(texts[0]!, /\*\*gRPC 5 Not Found\*\*/);
    assert.match(texts[0]!, /HTTP 404/);
    // `codes` in the import path is nothing.
    assert.deepEqual(await ourHovers(document, positionOf(document, 'grpc/codes', 6)), []);
  });

  it('ws.close(1008, "policy") in JavaScript is WebSocket 1008, a timeout of 1000 is nothing', async () => {
    const content = "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://localhost:8080');\nsetTimeout(() => ws.ping(), 1000);\nws.close(1008, \"policy\");\n";
    const { document } = await openDoc('javascript', content);
    const texts = await ourHovers(document, positionOf(document, '1008', 1));
    assert.equal(texts.length, 1, 'one hover');
    assert.match(texts[0]!, /\*\*WebSocket 1008 Policy Violation\*\*/);
    assert.deepEqual(await ourHovers(document, positionOf(document, '1000', 1)), []);
  });

  it('a vsftpd log line is FTP, and hover.protocols without ftp turns it off', async () => {
    const content = 'Tue Oct  4 22:15:10 2022 [pid 4133] [ftp] FTP response: Client "::ffff:192.168.1.2", "530 Login incorrect."\n';
    const { document } = await openDoc('log', content);
    const texts = await ourHovers(document, positionOf(document, '530', 1));
    assert.equal(texts.length, 1, 'one hover');
    assert.match(texts[0]!, /\*\*FTP 530 Not Logged In\*\*/);
    await setSetting('hover.protocols', ['http', 'smtp', 'smtp-enhanced']);
    assert.deepEqual(await ourHovers(document, positionOf(document, '530', 1)), []);
  });
});
