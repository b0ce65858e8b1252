// grpc-js (npm @grpc/grpc-js, pinned in test/frameworks/package-lock.json): each snippet (it
// declares `myMethod`, and requires grpc-js's `status` itself) sits in a block of its own and is
// added as the unary method MyMethod of a service of its own, /harness.<case>/MyMethod, on one
// grpc-js server. The messages are google.protobuf.Empty: zero bytes both ways.
import { join } from 'node:path';
import { appDir, ensureNpm, put } from '../lib/common.mjs';
import { grpcCall, lastLines, startListening } from '../lib/protocol-clients.mjs';

export default {
  id: 'grpc-js',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('grpc-js');
    const blocks = cases.map((c) => `// ${c.id}
{
${c.code}
  server.addService(method(${JSON.stringify(`/harness.${c.ident}/MyMethod`)}), { MyMethod: myMethod });
}
`);
    put(join(dir, 'server.cjs'), `const grpc = require("@grpc/grpc-js");

const empty = () => Buffer.alloc(0);
const method = (path) => ({
  MyMethod: { path, requestStream: false, responseStream: false, requestSerialize: empty, requestDeserialize: empty, responseSerialize: empty, responseDeserialize: empty },
});
const server = new grpc.Server();
${blocks.join('\n')}
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) throw err;
  console.log("LISTENING " + port);
});
`);
    const { port, proc } = await startListening('grpc-js', 'node', ['server.cjs'], { cwd: dir });
    return {
      call: (c) => grpcCall(port, `/harness.${c.ident}/MyMethod`),
      output: () => lastLines(proc),
      stop: () => proc.stop(),
    };
  },
};
