import * as assert from 'node:assert/strict';
import { constantFor, constantTable } from '../../src/core/constants/index';
import { allEntries, lookup, resolve } from '../../src/core/registry';
import { FRAMEWORKS, frameworkById, renderAllSnippets, renderSnippet } from '../../src/core/snippets/index';
import { chooseFramework, frameworkFromImports, frameworkFromLanguage, frameworkFromManifest } from '../../src/core/snippets/projectFramework';
import { toPlain, toSnippet } from '../../src/core/snippets/template';
import type { ResolvedCode } from '../../src/core/types';
import { expandSnippet } from './snippetBody';

function found(protocol: 'http' | 'smtp' | 'smtp-enhanced', code: string, vendor?: string): ResolvedCode {
  const res = lookup(protocol, code);
  assert.equal(res.kind, 'found', `${protocol} ${code}`);
  const matches = (res as Extract<typeof res, { kind: 'found' }>).matches;
  return vendor ? matches.find((m) => m.entry.vendor === vendor)! : matches[0]!;
}

function ok(r: ResolvedCode, fw: string) {
  const s = renderSnippet(r, frameworkById(fw)!);
  assert.ok(s.ok, `${fw} ${r.code}: ${!s.ok ? s.message : ''}`);
  return s as Extract<typeof s, { ok: true }>;
}

describe('snippets', () => {
  it('the snippet body expands to exactly the plain code, with tab stops for the key and message', () => {
    for (const e of allEntries()) {
      if (e.protocol !== 'http' && e.protocol !== 'smtp') continue;
      for (const s of renderAllSnippets(resolve(e))) {
        if (!s.ok) continue;
        const { text, stops } = expandSnippet(s.snippet);
        assert.equal(text, s.code, `${s.framework.id} ${e.id}`);
        if (s.status !== 204 && s.status !== 205 && s.status !== 304) {
          assert.equal(stops.get(1), e.key, `${s.framework.id} ${e.id} key stop`);
          assert.equal(stops.get(2), e.phrase, `${s.framework.id} ${e.id} message stop`);
        }
      }
    }
  });

  it('escapes $, } and \\ of the code itself in the snippet body (Go braces, template strings)', () => {
    const template = 'func x() { a := "\uE0001\uE001k$}\\\uE002" }';
    assert.equal(toPlain(template), 'func x() { a := "k$}\\" }');
    assert.equal(toSnippet(template), 'func x() { a := "${1:k\\$\\}\\\\}" \\}');
  });

  it('escapes messages for each language: quotes, backslashes and Ruby interpolation', () => {
    const r = found('http', '404');
    const tricky = 'say "hi" \\ #{boom} $HOME';
    for (const fw of FRAMEWORKS) {
      const s = renderSnippet(r, fw, { message: tricky });
      assert.ok(s.ok);
      const { text } = expandSnippet((s as Extract<typeof s, { ok: true }>).snippet);
      assert.equal(text, (s as Extract<typeof s, { ok: true }>).code);
      if (fw.id === 'rails') assert.ok(s.code.includes('\\#{boom}'), 'Ruby must not interpolate');
      assert.ok(s.code.includes('\\"hi\\"'), `${fw.id} escapes quotes`);
    }
  });

  it('reproduces the reference page for SMTP 452, but sends 452 from Rails (the page sent 507)', () => {
    const r = found('smtp', '452');
    assert.match(ok(r, 'express').code, /res\.status\(452\)\.json\(\{ error: "insufficient_storage", message: "Insufficient Storage" \}\)/);
    assert.match(ok(r, 'django').code, /status=452,/);
    assert.match(ok(r, 'flask').code, /\), 452\n/);
    assert.match(ok(r, 'fastapi').code, /status_code=452,/);
    assert.match(ok(r, 'spring-boot').code, /\.status\(452\)/);
    assert.match(ok(r, 'go-net-http').code, /w\.WriteHeader\(452\)/);
    assert.match(ok(r, 'aspnet-core').code, /statusCode: 452/);
    const rails = ok(r, 'rails').code;
    assert.match(rails, /status: 452/);
    assert.doesNotMatch(rails, /status: :insufficient_storage/);
  });

  it('uses a named constant only where the framework maps it to that very code', () => {
    for (const e of allEntries()) {
      if (e.protocol !== 'http' && e.protocol !== 'smtp') continue;
      const r = resolve(e);
      for (const s of renderAllSnippets(r)) {
        if (!s.ok || !s.constant) continue;
        assert.equal(e.protocol, 'http', `${s.framework.id}: no constant for ${e.id} (not an HTTP entry)`);
        assert.notEqual(e.status, 'vendor', `${s.framework.id}: no constant for vendor code ${e.id}`);
        const table = constantTable(s.framework.constantTable!)!;
        const name = table.constants.find((c) => table.usage.replace('{name}', c.name) === s.constant);
        assert.ok(name, `${s.constant} is in ${table.id}`);
        assert.equal(name.code, s.status, `${s.constant} maps to ${s.status}`);
        assert.ok(s.code.includes(s.constant));
      }
    }
  });

  it('writes codes without a constant as numbers (452 in Go, Spring, ASP.NET)', () => {
    const r = found('smtp', '452');
    for (const fw of ['go-net-http', 'spring-boot', 'aspnet-core', 'fastapi', 'rails']) {
      const s = ok(r, fw);
      assert.equal(s.constant, undefined, fw);
      assert.doesNotMatch(s.code, /HttpStatus\.valueOf/);
    }
    // A vendor code never takes a constant even if a framework happens to define that number.
    const nginx = found('http', '499', 'nginx');
    for (const s of renderAllSnippets(nginx)) if (s.ok) assert.equal(s.constant, undefined, s.framework.id);
  });

  it('uses the framework constant for 507 (Go)', () => {
    assert.equal(constantFor('go-net-http', 507)?.name, 'StatusInsufficientStorage');
    assert.match(ok(found('http', '507'), 'go-net-http').code, /w\.WriteHeader\(http\.StatusInsufficientStorage\)/);
  });

  it('says why a code cannot be sent instead of a snippet that fails', () => {
    const r = found('http', '100');
    for (const s of renderAllSnippets(r)) {
      assert.equal(s.ok, false, s.framework.id);
      if (!s.ok) assert.equal(s.reason, 'interim');
    }
    const enhanced = found('smtp-enhanced', '4.3.1');
    for (const s of renderAllSnippets(enhanced)) assert.equal(s.ok, false);
  });

  it('sends no body for 204 in every framework', () => {
    const r = found('http', '204');
    for (const s of renderAllSnippets(r)) {
      assert.ok(s.ok, s.framework.id);
      if (s.ok) assert.doesNotMatch(s.code, /"error"|\berror:|"message"|\bmessage:/, s.framework.id);
    }
  });

  it('switches content type for problem+json', () => {
    const r = found('http', '404');
    for (const fw of FRAMEWORKS) {
      const s = renderSnippet(r, fw, { style: 'problem' });
      assert.ok(s.ok);
      if (s.ok) assert.ok(s.code.includes('application/problem+json') || s.code.includes('APPLICATION_PROBLEM_JSON'), fw.id);
    }
  });
});

describe('project framework', () => {
  it('reads the framework a source file imports, in its own language only', () => {
    assert.equal(frameworkFromImports('from flask import Flask, abort\n', 'python'), 'flask');
    assert.equal(frameworkFromImports('from fastapi import FastAPI\n', 'python'), 'fastapi');
    assert.equal(frameworkFromImports('from rest_framework import status\n', 'python'), 'django');
    assert.equal(frameworkFromImports("const express = require('express');\n", 'javascript'), 'express');
    assert.equal(frameworkFromImports("import { Controller } from '@nestjs/common';\n", 'typescript'), 'nestjs');
    assert.equal(frameworkFromImports("import Fastify from 'fastify'\n", 'typescript'), 'fastify');
    assert.equal(frameworkFromImports('import org.springframework.http.HttpStatus;\n', 'kotlin'), 'spring-boot');
    assert.equal(frameworkFromImports('import (\n\t"fmt"\n\t"net/http"\n)\n', 'go'), 'go-net-http');
    assert.equal(frameworkFromImports('class OrdersController < ApplicationController\n', 'ruby'), 'rails');
    assert.equal(frameworkFromImports('using Microsoft.AspNetCore.Mvc;\n', 'csharp'), 'aspnet-core');
    // Near misses: a word in a string or comment that is no import, another language's import.
    assert.equal(frameworkFromImports('# we moved off flask last year\nimport requests\n', 'python'), undefined);
    assert.equal(frameworkFromImports("const express = require('express');\n", 'python'), undefined);
    assert.equal(frameworkFromImports("const expressive = require('expressive');\n", 'javascript'), undefined);
  });

  it('reads manifests', () => {
    assert.equal(frameworkFromManifest('requirements.txt', 'requests==2\nDjango>=4.2\n'), 'django');
    assert.equal(frameworkFromManifest('/x/pyproject.toml', '[project]\ndependencies = [\n  "fastapi>=0.100",\n]'), 'fastapi');
    assert.equal(frameworkFromManifest('requirements.txt', 'flask\n'), 'flask');
    assert.equal(frameworkFromManifest('package.json', '{"dependencies": {"express": "^4"}}'), 'express');
    assert.equal(frameworkFromManifest('pom.xml', '<artifactId>spring-boot-starter-web</artifactId>'), 'spring-boot');
    assert.equal(frameworkFromManifest('go.mod', 'module example.com/x\n'), 'go-net-http');
    assert.equal(frameworkFromManifest('Gemfile', "gem 'rails', '~> 7.1'\n"), 'rails');
    assert.equal(frameworkFromManifest('Api.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web">'), 'aspnet-core');
    assert.equal(frameworkFromManifest('requirements.txt', 'requests\n'), undefined);
    assert.equal(frameworkFromManifest('package.json', '{"dependencies": {"react": "^18"}}'), undefined);
  });
  it('prefers the workspace framework in the editor\'s language', () => {
    assert.equal(chooseFramework(['express', 'django'], 'python'), 'django');
    assert.equal(chooseFramework(['express', 'django'], 'typescript'), 'express');
    assert.equal(chooseFramework(['spring-boot'], 'kotlin'), 'spring-boot');
    // A Python file in a JavaScript project still gets a Python snippet.
    assert.equal(chooseFramework(['nestjs'], 'python'), 'flask');
    assert.equal(chooseFramework(['nestjs'], 'markdown'), 'nestjs');
    assert.equal(chooseFramework([], 'go'), 'go-net-http');
    assert.equal(chooseFramework(['rails'], undefined), 'rails');
  });
  it('falls back to the language', () => {
    assert.equal(frameworkFromLanguage('go'), 'go-net-http');
    assert.equal(frameworkFromLanguage('markdown'), undefined);
  });
});
