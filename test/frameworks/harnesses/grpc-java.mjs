// grpc-java (Debian libgrpc-java 1.41 with libnetty-java, libprotobuf-java, libperfmark-java and
// guava; compiled by Debian's javac, run on its JVM): each snippet (the class MyServiceImpl, which
// extends MyServiceGrpc.MyServiceImplBase) is a source file of a Java package of its own: the
// harness writes `package <case>;` above it, the one line it adds, as Java has no other way to
// hold seventeen classes of one name. Next to it, a hand-written MyServiceGrpc, what protoc's
// grpc-java plugin would generate (a MethodDescriptor with protobuf marshallers for
// google.protobuf.Empty, and the ImplBase binding myMethod as unary method harness.<case>/MyMethod),
// so no protoc is needed. One Netty server serves every case's service.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appDir, ensureDebian, mustRun, probeCommand, put } from '../lib/common.mjs';
import { grpcCall, lastLines, startListening } from '../lib/protocol-clients.mjs';

const JARS = [
  'grpc-api', 'grpc-core', 'grpc-netty', 'grpc-stub', 'grpc-protobuf', 'grpc-protobuf-lite', 'grpc-context', 'protobuf', 'guava', 'perfmark-api',
  'netty-buffer', 'netty-codec', 'netty-codec-http', 'netty-codec-http2', 'netty-common', 'netty-handler', 'netty-resolver', 'netty-transport',
].map((j) => `/usr/share/java/${j}.jar`);

const grpcClass = (pkg) => `package ${pkg};

import com.google.protobuf.Empty;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;

public final class MyServiceGrpc {
    static final MethodDescriptor<Empty, Empty> MY_METHOD = MethodDescriptor.<Empty, Empty>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(MethodDescriptor.generateFullMethodName("harness.${pkg}", "MyMethod"))
        .setRequestMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
        .setResponseMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
        .build();

    public abstract static class MyServiceImplBase implements BindableService {
        public void myMethod(Empty request, StreamObserver<Empty> responseObserver) {
            ServerCalls.asyncUnimplementedUnaryCall(MY_METHOD, responseObserver);
        }

        @Override
        public final ServerServiceDefinition bindService() {
            return ServerServiceDefinition.builder("harness.${pkg}").addMethod(MY_METHOD, ServerCalls.asyncUnaryCall(this::myMethod)).build();
        }
    }
}
`;

export default {
  id: 'grpc-java',
  install: (log) =>
    ensureDebian(['default-jdk-headless', 'libgrpc-java', 'libnetty-java', 'libprotobuf-java', 'libperfmark-java', 'libguava-java'], () => probeCommand('javac', ['-version']) && JARS.every((j) => existsSync(j)), log),
  async start(cases) {
    const dir = appDir('grpc-java');
    for (const c of cases) {
      put(join(dir, 'src', c.ident, 'MyServiceImpl.java'), `package ${c.ident};\n${c.code}`);
      put(join(dir, 'src', c.ident, 'MyServiceGrpc.java'), grpcClass(c.ident));
    }
    put(join(dir, 'src/harness/Main.java'), `package harness;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;

public class Main {
    public static void main(String[] args) throws Exception {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
${cases.map((c) => `            .addService(new ${c.ident}.MyServiceImpl())`).join('\n')}
            .build()
            .start();
        System.out.println("LISTENING " + server.getPort());
        server.awaitTermination();
    }
}
`);
    const cp = JARS.join(':');
    const sources = ['src/harness/Main.java', ...cases.flatMap((c) => [`src/${c.ident}/MyServiceImpl.java`, `src/${c.ident}/MyServiceGrpc.java`])];
    await mustRun('javac (grpc-java)', 'javac', ['-Xlint:all', '-Werror', '-d', 'out', '-cp', cp, ...sources], { cwd: dir, timeoutMs: 300_000 });
    const { port, proc } = await startListening('grpc-java', 'java', ['-cp', `out:${cp}`, 'harness.Main'], { cwd: dir });
    return { call: (c) => grpcCall(port, `/harness.${c.ident}/MyMethod`), output: () => lastLines(proc), stop: () => proc.stop() };
  },
};
