// Ruby on Rails.
import type { Framework } from '../framework';
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
  template(ctx) {
    // set_header, not render's location: option, which url_for turns into an absolute URL.
    const headers = ctx.headers.map((h) => `    response.set_header(${ctx.str(h.name)}, ${ctx.str(h.value)})\n`).join('');
    if (!ctx.body) {
      return `class MyController < ApplicationController
  def my_action
${headers}    head ${ctx.statusExpr}
  end
end
`;
    }
    const hash = `{ ${ctx.body.fields.map((f) => `${f.name}: ${ctx.value(f)}`).join(', ')} }`;
    const contentType = ctx.body.contentType === 'application/json' ? '' : `,\n           content_type: ${ctx.str(ctx.body.contentType)}`;
    return `class MyController < ApplicationController
  def my_action
${headers}    render json: ${hash},
           status: ${ctx.statusExpr}${contentType}
  end
end
`;
  },
};
