// Ruby on Rails.
import type { Framework } from '../framework';
import { indentLines } from '../parts';
import { rubyString } from '../template';

export const rails: Framework = {
  id: 'rails',
  label: 'Ruby on Rails',
  language: 'ruby',
  // Rack's status symbols: `status: :insufficient_storage` sends 507, so a symbol is used only
  // where Rack maps it to this very code; every other code is written as its number.
  constantTable: 'rack-symbols',
  escape: rubyString,
  range: { min: 100, max: 599 },
  place: { container: /^[ \t]*class\s+\w+\s*<\s*(?:\w+::)*\w*Controller(?:::Base|::API)?\b/m },
  template(ctx) {
    // set_header, not render's location: option, which url_for turns into an absolute URL.
    const headers = ctx.headers.map((h) => `response.set_header(${ctx.str(h.name)}, ${ctx.str(h.value)})\n`).join('');
    let statement: string;
    if (!ctx.body) {
      statement = `${headers}head ${ctx.statusExpr}\n`;
    } else {
      const hash = `{ ${ctx.body.fields.map((f) => `${f.name}: ${ctx.value(f)}`).join(', ')} }`;
      const contentType = ctx.body.contentType === 'application/json' ? '' : `,\n       content_type: ${ctx.str(ctx.body.contentType)}`;
      statement = `${headers}render json: ${hash},\n       status: ${ctx.statusExpr}${contentType}\n`;
    }
    return {
      imports: [],
      container: { open: 'class MyController < ApplicationController\n', close: 'end\n', indent: '  ' },
      handler: `def my_action\n${indentLines(statement, '  ')}end\n`,
      statement,
      names: [{ kind: 'id', text: 'my_action' }, { kind: 'id', text: 'MyController' }],
    };
  },
};
