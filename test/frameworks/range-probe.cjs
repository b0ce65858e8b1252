// Asks the installed JavaScript frameworks which statuses their own code accepts, at the bounds of
// each framework's declared `range` (src/core/snippets/frameworks/). Run by
// scripts/run-frameworks.mjs with test/frameworks/.work as the working directory; prints JSON
// { probe: { status: true|"error message" } }.
'use strict';
const http = require('node:http');
const net = require('node:net');
const { join } = require('node:path');
// The frameworks are installed in the working directory, not next to this file.
const load = require('node:module').createRequire(join(process.cwd(), 'probe.cjs'));

const STATUSES = [99, 100, 199, 200, 599, 600, 999, 1000];

const probes = {
  // res.status() (Express 5 lib/response.js); NestJS's @HttpCode goes through it on platform-express.
  express: async (n) => {
    const express = load('express');
    Object.create(express.response).status(n);
  },
  // The ctx.status setter (koa/lib/response.js).
  koa: async (n) => {
    const Koa = load('koa');
    const req = new http.IncomingMessage(new net.Socket());
    const ctx = new Koa().createContext(req, new http.ServerResponse(req));
    ctx.status = n;
  },
  // reply.code() (fastify/lib/reply.js), through a real request injected into a Fastify app.
  fastify: async (n) => {
    const app = load('fastify')();
    let error;
    app.get('/', (request, reply) => {
      try {
        reply.code(n);
      } catch (e) {
        error = e;
      }
      reply.code(200).send();
    });
    await app.inject('/');
    await app.close();
    if (error) throw error;
  },
  // The Web-standard Response constructor (Node's own, as Next.js route handlers and Hono on
  // standard runtimes build it).
  fetch: async (n) => {
    new Response(null, { status: n });
  },
};

(async () => {
  const out = {};
  for (const [name, probe] of Object.entries(probes)) {
    out[name] = {};
    for (const n of STATUSES) {
      try {
        await probe(n);
        out[name][n] = true;
      } catch (e) {
        out[name][n] = String(e.message).split('\n')[0];
      }
    }
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
