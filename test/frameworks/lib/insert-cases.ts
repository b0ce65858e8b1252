// The in-file and in-body forms of Insert (src/core/snippets/insert.ts), on real app files that
// already have routes: test/frameworks/insert/<file> holds, per framework, an app file with a
// route of its own (`/existing`) and a handler (`/work`) whose body ends at `@@BODY@@`, and
// `@@TOP@@` at its top level. The statement is planned into the body, then the handler at the top
// level of the result, each with planInsert exactly as the extension does; the frameworks suite
// serves the file and asks each route (the old one still answers, the others send the status), and
// the unit tests check the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SnippetParts } from '../../../src/core/snippets/index';
import type { Framework } from '../../../src/core/snippets/framework';
import { applyEdits, planInsert, type InsertForm } from '../../../src/core/snippets/insert';

export interface InsertCheck {
  /** The last segment of the URL, in place of the case's `endpoint`. */
  path: string;
  method?: 'GET' | 'POST';
  /** A route of the file itself: answers 200 with this text. */
  text?: string;
  /** Answers what the snippet sends (the case's raw response), inserted in this form. */
  form?: InsertForm;
}

export interface InsertFixture {
  /** Under test/frameworks/insert/. */
  file: string;
  checks: InsertCheck[];
  /** URL segment -> handler name, for harnesses that route by name (Django, Rails). */
  routes?: Record<string, string>;
}

/** The codes the forms are proven with, in the simple body style: header fields (201, 429), a body, none (204). */
export const INSERT_CODES = ['201', '204', '404', '429', '507'];

const BOTH: InsertCheck[] = [
  { path: 'existing', text: 'existing' },
  { path: 'work', form: 'statement' },
  { path: 'endpoint', form: 'handler' },
];
const MEMBER: InsertCheck[] = [
  { path: 'existing', text: 'existing' },
  { path: 'work', form: 'statement' },
  { path: 'endpoint', form: 'member' },
];

export const INSERT_FIXTURES: Record<string, InsertFixture[]> = {
  flask: [{ file: 'flask.py', checks: BOTH }],
  fastapi: [{ file: 'fastapi.py', checks: BOTH }],
  django: [{ file: 'django.py', checks: BOTH, routes: { existing: 'existing', work: 'work', endpoint: 'my_view' } }],
  express: [{ file: 'express.js', checks: BOTH }],
  fastify: [{ file: 'fastify.js', checks: BOTH }],
  koa: [{ file: 'koa.js', checks: BOTH }],
  hono: [{ file: 'hono.ts', checks: BOTH }],
  nestjs: [{ file: 'nestjs.ts', checks: MEMBER }],
  nextjs: [
    { file: 'nextjs.ts', checks: [{ path: 'endpoint', method: 'POST', text: 'existing' }, { path: 'endpoint', form: 'handler' }] },
    { file: 'nextjs-body.ts', checks: [{ path: 'endpoint', form: 'statement' }] },
  ],
  'go-net-http': [{ file: 'go-net-http.go', checks: BOTH }],
  rails: [{ file: 'rails.rb', checks: MEMBER, routes: { existing: 'existing', work: 'work', endpoint: 'my_action' } }],
  'spring-boot': [{ file: 'spring-boot.java', checks: MEMBER }],
  'aspnet-core': [{ file: 'aspnet-core.cs', checks: BOTH }],
};

export interface Inserted {
  /** The file after both insertions, placeholders at their defaults. */
  code: string;
  /** What was inserted at each marker (plain text), and in which form; or why nothing was. */
  at: Partial<Record<'BODY' | 'TOP', { form: InsertForm; plain: string; snippet: string } | { skipped: string }>>;
}

/** Plans and applies the insertion at each marker of `fixture` (BODY first, then TOP). */
export function insertIntoFixture(fixture: string, framework: Framework, parts: SnippetParts): Inserted {
  let text = fixture;
  const at: Inserted['at'] = {};
  for (const marker of ['BODY', 'TOP'] as const) {
    const token = `@@${marker}@@`;
    const offset = text.indexOf(token);
    if (offset < 0) continue;
    text = text.slice(0, offset) + text.slice(offset + token.length);
    const plan = planInsert(text, offset, framework, parts);
    if (!plan.ok) {
      at[marker] = { skipped: plan.message };
      // The marker's line goes, as when nothing was inserted there.
      const start = text.lastIndexOf('\n', offset - 1) + 1;
      const end = text.indexOf('\n', offset);
      text = text.slice(0, start) + text.slice(end + 1);
      continue;
    }
    const edited = applyEdits(text, plan.edits);
    text = edited.slice(0, plan.snippet.offset) + plan.plain + edited.slice(plan.snippet.offset + plan.snippet.length);
    at[marker] = { form: plan.form, plain: plan.plain, snippet: plan.snippet.text };
  }
  return { code: text, at };
}

/** A fixture's text; `root` is the repository's folder. */
export function readFixture(file: string, root = process.cwd()): string {
  return readFileSync(join(root, 'test/frameworks/insert', file), 'utf8');
}
