// Go net/http.
import type { Framework } from '../framework';
import { jsonString } from '../template';

export const goNetHttp: Framework = {
  id: 'go-net-http',
  label: 'Go net/http',
  language: 'go',
  constantTable: 'go-net-http',
  escape: jsonString,
  // ResponseWriter.WriteHeader panics outside 100..999, and treats 1xx as interim headers.
  range: { min: 100, max: 599 },
  template(ctx) {
    // Header fields are set before WriteHeader, which sends them.
    const headers = ctx.headers.map((h) => `    w.Header().Set(${ctx.str(h.name)}, ${ctx.str(h.value)})\n`).join('');
    if (!ctx.body) {
      return `package main

import "net/http"

func myHandler(w http.ResponseWriter, r *http.Request) {
${headers}    w.WriteHeader(${ctx.statusExpr})
}
`;
    }
    const numeric = ctx.body.fields.some((f) => typeof f.value === 'number');
    const width = Math.max(...ctx.body.fields.map((f) => f.name.length)) + 3;
    const entries = ctx.body.fields
      .map((f) => `        ${`${ctx.str(f.name)}:`.padEnd(width)} ${ctx.value(f)},`)
      .join('\n');
    return `package main

import (
    "encoding/json"
    "net/http"
)

func myHandler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", ${ctx.str(ctx.body.contentType)})
${headers}    w.WriteHeader(${ctx.statusExpr})
    json.NewEncoder(w).Encode(map[string]${numeric ? 'any' : 'string'}{
${entries}
    })
}
`;
  },
};
