// Ruby on Rails (Debian ruby-railties + ruby-actionpack, served by WEBrick): the smallest real
// Rails stack, a one-file Rails::Application with ActionController only. Each snippet defines
// `MyController < ApplicationController`; it is placed, unchanged, inside a module of its own
// (`CaseHttp404Simple::MyController`) so that the cases do not reopen one class, and routed at
// /c/<case>/endpoint (an insertion case names its actions in `routes`: segment -> action).
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand, put, serveCases } from '../lib/common.mjs';

const RUBY = '/usr/bin/ruby';
const camel = (ident) => ident.split('_').map((p) => p[0].toUpperCase() + p.slice(1)).join('');

export default {
  id: 'rails',
  install: (log) =>
    ensureDebian(['ruby', 'ruby-railties', 'ruby-actionpack', 'ruby-webrick'], () => probeCommand(RUBY, ['-e', 'require "action_controller/railtie"; require "webrick"; require "rack/handler/webrick"']), log),
  async start(cases) {
    const dir = appDir('rails');
    put(join(dir, 'server.rb'), `require "logger"
require "action_controller/railtie"
require "rack/handler/webrick"

class HarnessApp < Rails::Application
  config.root = __dir__
  config.eager_load = false
  config.consider_all_requests_local = false
  config.secret_key_base = "framework-harness-only"
  config.logger = Logger.new(nil)
  config.log_level = :fatal
end

class ApplicationController < ActionController::Base
end

${cases
  .map((c) => `module ${camel(c.ident)}
${c.code}
end
`)
  .join('\n')}
HarnessApp.initialize!
HarnessApp.routes.draw do
  get "/", to: proc { [200, { "Content-Type" => "text/plain" }, ["ok"]] }
${cases.flatMap((c) => Object.entries(c.routes ?? { endpoint: 'my_action' }).map(([segment, action]) => `  get ${JSON.stringify(`/c/${c.id}/${segment}`)}, to: "${c.ident}/my#${action}"`)).join('\n')}
end

Rack::Handler::WEBrick.run(HarnessApp, Host: "127.0.0.1", Port: Integer(ENV.fetch("PORT")), Logger: WEBrick::Log.new(nil, 0), AccessLog: [])
`);
    return serveCases('rails', RUBY, ['server.rb'], { cwd: dir, env: { RAILS_ENV: 'production' }, timeoutMs: 90_000 });
  },
};
