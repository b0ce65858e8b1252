// Snippets of the protocols that are not HTTP: gRPC statuses and WebSocket close codes.
export * from './grpc';
export * from './library';
export * from './websocket';
