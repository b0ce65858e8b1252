// gRPC snippets: for a status code (0-16, google.rpc.Code) and a message, a unary handler that
// ends the call with that status and message in grpc-go, grpc-js, Python grpcio and grpc-java.
// Code 0 (OK) is no error: the handler returns a normal response, which carries no message.
//
// Each library's spelling of a code, as its own source declares it:
// - grpc-go codes/codes.go: `const ( OK Code = 0; Canceled Code = 1; ...)` (Go spells Canceled);
// - grpc-js packages/grpc-js/src/constants.ts: `export enum Status { OK = 0, CANCELLED, ... }`;
// - grpcio src/python/grpcio/grpc/__init__.py: `class StatusCode(enum.Enum): OK = ...; CANCELLED = ...`;
// - grpc-java api/src/main/java/io/grpc/Status.java: `public static final Status NOT_FOUND = ...`.
// The request and response messages are `google.protobuf.Empty`, which every library ships
// (emptypb, empty_pb2, com.google.protobuf.Empty); they stand for the service's own messages.
import { jsonString, slotLiteral } from '../template';
import { rendered, type ProtocolLibrary, type ProtocolSnippetResult } from './library';

/** google.rpc.Code: the canonical names, index = the code. */
export const GRPC_CODE_NAMES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

export type GrpcCodeName = (typeof GRPC_CODE_NAMES)[number];

/** grpc-go's constant names (codes/codes.go), which differ from the canonical ones in case and in `Canceled`. */
const GO_NAMES: Record<GrpcCodeName, string> = {
  OK: 'OK',
  CANCELLED: 'Canceled',
  UNKNOWN: 'Unknown',
  INVALID_ARGUMENT: 'InvalidArgument',
  DEADLINE_EXCEEDED: 'DeadlineExceeded',
  NOT_FOUND: 'NotFound',
  ALREADY_EXISTS: 'AlreadyExists',
  PERMISSION_DENIED: 'PermissionDenied',
  RESOURCE_EXHAUSTED: 'ResourceExhausted',
  FAILED_PRECONDITION: 'FailedPrecondition',
  ABORTED: 'Aborted',
  OUT_OF_RANGE: 'OutOfRange',
  UNIMPLEMENTED: 'Unimplemented',
  INTERNAL: 'Internal',
  UNAVAILABLE: 'Unavailable',
  DATA_LOSS: 'DataLoss',
  UNAUTHENTICATED: 'Unauthenticated',
};

export type GrpcLibraryId = 'grpc-go' | 'grpc-js' | 'grpc-python' | 'grpc-java';

export interface GrpcLibrary extends ProtocolLibrary<GrpcLibraryId> {
  /** The library's expression for a code: `codes.NotFound`, `status.NOT_FOUND`. */
  constant(name: GrpcCodeName): string;
  /** The handler; `message` is the message's string literal, with its tab stop. */
  template(t: { name: GrpcCodeName; constant: string; message: string }): string;
}

export const grpcGo: GrpcLibrary = {
  id: 'grpc-go',
  label: 'grpc-go',
  language: 'go',
  constant: (name) => `codes.${GO_NAMES[name]}`,
  template({ name, constant, message }) {
    // status.Error(codes.OK, ...) is a nil error: OK is returning a response.
    const ok = name === 'OK';
    const imports = ok
      ? '    "context"\n\n    "google.golang.org/protobuf/types/known/emptypb"'
      : '    "context"\n\n    "google.golang.org/grpc/codes"\n    "google.golang.org/grpc/status"\n    "google.golang.org/protobuf/types/known/emptypb"';
    return `package main

import (
${imports}
)

// MyMethod is a unary method of your service (emptypb.Empty stands for its messages).
func (s *server) MyMethod(ctx context.Context, req *emptypb.Empty) (*emptypb.Empty, error) {
    return ${ok ? '&emptypb.Empty{}, nil' : `nil, status.Error(${constant}, ${message})`}
}
`;
  },
};

export const grpcJs: GrpcLibrary = {
  id: 'grpc-js',
  label: 'grpc-js (Node.js)',
  language: 'javascript',
  constant: (name) => `status.${name}`,
  template({ name, constant, message }) {
    if (name === 'OK') {
      return `// A unary method of your service: server.addService(MyService.service, { myMethod }).
function myMethod(call, callback) {
  callback(null, {});
}
`;
    }
    return `const { status } = require("@grpc/grpc-js");

// A unary method of your service: server.addService(MyService.service, { myMethod }).
function myMethod(call, callback) {
  callback({ code: ${constant}, details: ${message} });
}
`;
  },
};

export const grpcPython: GrpcLibrary = {
  id: 'grpc-python',
  label: 'Python grpcio',
  language: 'python',
  constant: (name) => `grpc.StatusCode.${name}`,
  template({ name, constant, message }) {
    if (name === 'OK') {
      return `from google.protobuf import empty_pb2


class MyServiceServicer:  # your my_service_pb2_grpc.MyServiceServicer
    def MyMethod(self, request, context):
        return empty_pb2.Empty()
`;
    }
    // context.abort raises: the call ends with the code and the message as its details.
    return `import grpc


class MyServiceServicer:  # your my_service_pb2_grpc.MyServiceServicer
    def MyMethod(self, request, context):
        context.abort(${constant}, ${message})
`;
  },
};

export const grpcJava: GrpcLibrary = {
  id: 'grpc-java',
  label: 'grpc-java',
  language: 'java',
  constant: (name) => `Status.${name}`,
  template({ name, constant, message }) {
    const ok = name === 'OK';
    const body = ok
      ? '        responseObserver.onNext(Empty.getDefaultInstance());\n        responseObserver.onCompleted();'
      : `        responseObserver.onError(${constant}.withDescription(${message}).asRuntimeException());`;
    return `import com.google.protobuf.Empty;
${ok ? '' : 'import io.grpc.Status;\n'}import io.grpc.stub.StreamObserver;

public class MyServiceImpl extends MyServiceGrpc.MyServiceImplBase {
    @Override
    public void myMethod(Empty request, StreamObserver<Empty> responseObserver) {
${body}
    }
}
`;
  },
};

/** Every gRPC library, in the order they are shown. */
export const GRPC_LIBRARIES: readonly GrpcLibrary[] = [grpcGo, grpcJs, grpcPython, grpcJava];

export interface GrpcSnippetInput {
  /** The status code, 0-16. */
  code: number;
  /** Its canonical name (google.rpc.Code), e.g. `NOT_FOUND`; must be the name of `code`. */
  name: string;
  /** The status message (grpc-message), the tab stop of the snippet. */
  message: string;
}

export type GrpcUnsupportedReason = 'unknown-code';
export type GrpcSnippetResult = ProtocolSnippetResult<GrpcLibrary, GrpcUnsupportedReason>;

/** The canonical name of a code 0-16, or undefined. */
export function grpcCodeName(code: number): GrpcCodeName | undefined {
  return Number.isInteger(code) ? GRPC_CODE_NAMES[code] : undefined;
}

/** Renders one library's handler for a code, or says why there is none. */
export function renderGrpcSnippet(input: GrpcSnippetInput, library: GrpcLibrary): GrpcSnippetResult {
  const name = grpcCodeName(input.code);
  if (!name) {
    return { ok: false, library, reason: 'unknown-code', message: `${input.code} is not a gRPC status code (google.rpc.Code has 0-16); no ${library.label} handler can return it.` };
  }
  if (input.name !== name) {
    return { ok: false, library, reason: 'unknown-code', message: `gRPC code ${input.code} is ${name}, not ${input.name}.` };
  }
  const constant = library.constant(name);
  const template = library.template({ name, constant, message: slotLiteral(jsonString, input.message, 1) });
  // OK returns a response: no constant, no message, no tab stop.
  return rendered(library, template, name === 'OK' ? undefined : constant);
}

/** Every library's handler for a code. */
export function renderGrpcSnippets(input: GrpcSnippetInput): GrpcSnippetResult[] {
  return GRPC_LIBRARIES.map((l) => renderGrpcSnippet(input, l));
}
