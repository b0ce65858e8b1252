// Every framework the extension offers snippets for, in the order they are shown.
import type { Framework } from '../framework';
import { aspnetCore } from './aspnet';
import { express } from './express';
import { goNetHttp } from './go';
import { fastify, hono, koa, nestjs, nextjs } from './js';
import { django, fastapi, flask } from './python';
import { rails } from './rails';
import { springBoot } from './spring';

export const FRAMEWORKS: readonly Framework[] = [
  django,
  flask,
  fastapi,
  express,
  nestjs,
  fastify,
  koa,
  hono,
  nextjs,
  springBoot,
  goNetHttp,
  rails,
  aspnetCore,
];
