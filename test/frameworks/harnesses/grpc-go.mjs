// grpc-go (Debian golang-google-grpc-dev 1.33 with golang-google-protobuf-dev, built by Debian's
// golang-go; grpc's codec marshals through github.com/golang/protobuf, which must be Debian's
// golang-github-golang-protobuf-1-5-dev, the one built on google.golang.org/protobuf: the 1.3
// package that apt may pick first cannot marshal emptypb.Empty and panics): each snippet is a `package main` of its own (it declares the method MyMethod of
// `server`), next to a main.go that declares `server` and registers it under a hand-written
// grpc.ServiceDesc (what protoc-gen-go-grpc would generate), so no protoc is needed. Built offline
// in GOPATH mode from Debian's /usr/share/gocode (GO111MODULE=off, GOPROXY=off: nothing fetched);
// each binary serves its case on a port of its own (lib/protocol-clients.mjs buildGoCases).
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { appDir, ensureDebian, probeCommand } from '../lib/common.mjs';
import { buildGoCases, grpcCall } from '../lib/protocol-clients.mjs';

const GO = '/usr/bin/go';
const GOCODE = '/usr/share/gocode/src';

const MAIN = `package main

import (
    "context"
    "fmt"
    "net"

    "google.golang.org/grpc"
    "google.golang.org/protobuf/types/known/emptypb"
)

type server struct{}

type myService interface {
    MyMethod(context.Context, *emptypb.Empty) (*emptypb.Empty, error)
}

func myMethodHandler(srv interface{}, ctx context.Context, dec func(interface{}) error, _ grpc.UnaryServerInterceptor) (interface{}, error) {
    in := new(emptypb.Empty)
    if err := dec(in); err != nil {
        return nil, err
    }
    return srv.(myService).MyMethod(ctx, in)
}

func main() {
    lis, err := net.Listen("tcp", "127.0.0.1:0")
    if err != nil {
        panic(err)
    }
    s := grpc.NewServer()
    s.RegisterService(&grpc.ServiceDesc{
        ServiceName: "harness.Service",
        HandlerType: (*myService)(nil),
        Methods:     []grpc.MethodDesc{{MethodName: "MyMethod", Handler: myMethodHandler}},
    }, &server{})
    fmt.Println("LISTENING", lis.Addr().(*net.TCPAddr).Port)
    if err := s.Serve(lis); err != nil {
        panic(err)
    }
}
`;

export default {
  id: 'grpc-go',
  install: (log) =>
    ensureDebian(
      ['golang-go', 'golang-google-grpc-dev', 'golang-google-protobuf-dev', 'golang-github-golang-protobuf-1-5-dev'],
      () => probeCommand(GO, ['version']) && ['google.golang.org/grpc/server.go', 'google.golang.org/protobuf/types/known/emptypb/empty.pb.go', 'github.com/golang/protobuf/proto/registry.go'].every((f) => existsSync(join(GOCODE, f))),
      log,
    ),
  async start(cases) {
    const dir = appDir('grpc-go');
    const built = await buildGoCases('grpc-go', dir, cases, MAIN);
    return { call: (c) => grpcCall(built.port(c), '/harness.Service/MyMethod'), output: built.output, stop: built.stop };
  },
};
