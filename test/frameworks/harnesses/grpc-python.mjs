// Python grpcio (Debian python3-grpcio, run by /usr/bin/python3): each snippet is a module of its
// own (it declares `MyServiceServicer`); its MyMethod is served as the unary method of a service
// of its own, /harness.<case>/MyMethod, through grpc.method_handlers_generic_handler, so no
// protoc code generation is needed. The messages are google.protobuf.Empty (python3-protobuf).
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand, put, PYTHON } from '../lib/common.mjs';
import { grpcCall, lastLines, startListening } from '../lib/protocol-clients.mjs';

export default {
  id: 'grpc-python',
  install: (log) => ensureDebian(['python3-grpcio', 'python3-protobuf'], () => probeCommand(PYTHON, ['-c', 'import grpc; from google.protobuf import empty_pb2']), log),
  async start(cases) {
    const dir = appDir('grpc-python');
    for (const c of cases) put(join(dir, `${c.ident}.py`), c.code);
    put(join(dir, 'server.py'), `import importlib
from concurrent import futures

import grpc
from google.protobuf import empty_pb2

CASES = ${JSON.stringify(Object.fromEntries(cases.map((c) => [`harness.${c.ident}`, c.ident])), null, 4)}

server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
for service, module in CASES.items():
    servicer = importlib.import_module(module).MyServiceServicer()
    handler = grpc.unary_unary_rpc_method_handler(
        servicer.MyMethod,
        request_deserializer=empty_pb2.Empty.FromString,
        response_serializer=empty_pb2.Empty.SerializeToString,
    )
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(service, {"MyMethod": handler}),))
port = server.add_insecure_port("127.0.0.1:0")
server.start()
print("LISTENING", port, flush=True)
server.wait_for_termination()
`);
    const { port, proc } = await startListening('grpc-python', PYTHON, ['server.py'], { cwd: dir, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    return {
      call: (c) => grpcCall(port, `/harness.${c.ident}/MyMethod`),
      output: () => lastLines(proc),
      stop: () => proc.stop(),
    };
  },
};
