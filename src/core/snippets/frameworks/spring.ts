// Spring Boot (Spring MVC).
import type { Framework } from '../framework';
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
  template(ctx) {
    const imports = [
      ctx.constant ? 'import org.springframework.http.HttpStatus;' : undefined,
      ctx.body && ctx.body.contentType !== 'application/json' ? 'import org.springframework.http.MediaType;' : undefined,
      'import org.springframework.http.ResponseEntity;',
      'import org.springframework.web.bind.annotation.*;',
      ctx.body ? 'import java.util.Map;' : undefined,
    ].filter(Boolean);
    const headers = ctx.headers.map((h) => `\n            .header(${ctx.str(h.name)}, ${ctx.str(h.value)})`).join('');
    if (!ctx.body) {
      return `${imports.join('\n')}

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<Void> myEndpoint() {
        return ResponseEntity.status(${ctx.statusExpr})${headers}.build();
    }
}
`;
    }
    const pairs = ctx.body.fields.map((f) => `${ctx.str(f.name)}, ${ctx.value(f)}`).join(',\n                         ');
    const contentType = ctx.body.contentType === 'application/json' ? '' : '\n            .contentType(MediaType.APPLICATION_PROBLEM_JSON)';
    return `${imports.join('\n')}

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<Map<String, Object>> myEndpoint() {
        return ResponseEntity
            .status(${ctx.statusExpr})${contentType}${headers}
            .body(Map.of(${pairs}));
    }
}
`;
  },
};
