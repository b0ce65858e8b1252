// Spring Boot (Spring MVC).
import type { Framework } from '../framework';
import { indentLines } from '../parts';
import { jsonString } from '../template';

export const springBoot: Framework = {
  id: 'spring-boot',
  label: 'Spring Boot',
  language: 'java',
  constantTable: 'spring-httpstatus',
  escape: jsonString,
  // ResponseEntity.status(int) takes any code (HttpStatusCode.valueOf accepts 100..999);
  // HttpStatus.valueOf(452) would throw, so codes without a constant are written as numbers.
  range: { min: 100, max: 599 },
  place: { container: /@(?:Rest)?Controller\b[^{;]*?\bclass\s+\w+/ },
  template(ctx) {
    const imports = [
      ...(ctx.constant ? [{ from: 'org.springframework.http.HttpStatus' }] : []),
      ...(ctx.body && ctx.body.contentType !== 'application/json' ? [{ from: 'org.springframework.http.MediaType' }] : []),
      { from: 'org.springframework.http.ResponseEntity' },
      { from: 'org.springframework.web.bind.annotation.*', uses: ['GetMapping'] },
      ...(ctx.body ? [{ from: 'java.util.Map' }] : []),
    ];
    const headers = ctx.headers.map((h) => `\n    .header(${ctx.str(h.name)}, ${ctx.str(h.value)})`).join('');
    let statement: string;
    if (!ctx.body) {
      statement = `return ResponseEntity.status(${ctx.statusExpr})${headers}.build();\n`;
    } else {
      const pairs = ctx.body.fields.map((f) => `${ctx.str(f.name)}, ${ctx.value(f)}`).join(',\n                 ');
      const contentType = ctx.body.contentType === 'application/json' ? '' : '\n    .contentType(MediaType.APPLICATION_PROBLEM_JSON)';
      statement = `return ResponseEntity
    .status(${ctx.statusExpr})${contentType}${headers}
    .body(Map.of(${pairs}));
`;
    }
    const type = ctx.body ? 'ResponseEntity<Map<String, Object>>' : 'ResponseEntity<Void>';
    return {
      imports,
      container: { open: '@RestController\npublic class MyController {\n\n', close: '}\n', indent: '    ' },
      handler: `@GetMapping("/endpoint")\npublic ${type} myEndpoint() {\n${indentLines(statement, '    ')}}\n`,
      statement,
      names: [{ kind: 'id', text: 'myEndpoint' }, { kind: 'path', text: '/endpoint' }, { kind: 'id', text: 'MyController' }],
    };
  },
};
