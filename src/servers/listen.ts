// Both mocks listen the same way: loopback only, port 0 for a free one, a busy port rejected.
import type { Server } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** Listens on 127.0.0.1; resolves with the port bound, rejects with the listen error (EADDRINUSE). */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    });
  });
}
