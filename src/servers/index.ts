// The servers bundle (dist/servers.js): the extension requires it only when a mock is started.
export { startHttpMock, type HttpMock } from './http';
export { scriptFor, startSmtpMock, type SmtpMock } from './smtp';
