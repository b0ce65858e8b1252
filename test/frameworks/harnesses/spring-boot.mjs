// Spring (Debian's Spring Framework 4.3 spring-webmvc, on Debian's Jetty 9.4, Jackson 2.14, JDK 17):
// no Spring Boot (Maven Central is out of reach), but what decides the status, content type and
// body is Spring MVC's, not Boot's: a `DispatcherServlet` over an
// `AnnotationConfigWebApplicationContext` (component scan; Spring MVC's defaults from
// `<mvc:annotation-driven/>`, the XML twin of `@EnableWebMvc`, see WebConfig below) with Jackson's
// message converter, as Boot's auto-configuration sets it up. Each snippet is its own
// `MyController.java`, unchanged below the one line a project gives it, its package
// (`package cases.http_404_simple;`: the cases cannot all be `MyController` of one package, and a
// controller never lives in the default package); each package is scanned by a context of its
// own, served by its own DispatcherServlet at /c/<case>/*, all on one embedded Jetty. Compiled
// with `javac` against Debian's jars in /usr/share/java, run with `java -cp`.
//
// A snippet that uses a constant Debian's Spring 4.3 does not have (MediaType
// .APPLICATION_PROBLEM_JSON is @since 5.0; HttpStatus constants of 5.2..7.0) cannot compile
// against it unchanged: `staticOnly` looks the constants up in Debian's own classes (javap), and
// the runner checks those cases statically instead, saying so (a mistyped constant fails there:
// the static checks want Spring 6's table and exactly MediaType.APPLICATION_PROBLEM_JSON).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appDir, ensureDebian, mustRun, probeCommand, put, serveCases } from '../lib/common.mjs';

const JAVA_DIR = '/usr/share/java';
const JAVAC = '/usr/bin/javac';
const JAVA = '/usr/bin/java';
const JAVAP = '/usr/bin/javap';

/** The jars (Debian's unversioned names, checked with `dpkg -L`) and the packages they come from. */
const JARS = [
  'spring3-core', // libspring-core-java 4.3.30 (repackages its ASM and CGLIB)
  'spring3-beans', // libspring-beans-java
  'spring3-context', // libspring-context-java
  'spring3-aop', // libspring-aop-java
  'spring3-expression', // libspring-expression-java
  'spring3-web', // libspring-web-java: HttpStatus, MediaType, ResponseEntity, @RestController, @GetMapping
  'spring3-web.servlet', // libspring-web-servlet-java (spring-webmvc): DispatcherServlet, the mvc namespace
  'commons-logging', // libcommons-logging-java (Spring 4.3 logs through it)
  'jackson-databind', // libjackson2-databind-java 2.14
  'jackson-core', // libjackson2-core-java
  'jackson-annotations', // libjackson2-annotations-java
  'servlet-api', // libservlet-api-java (javax.servlet, what Jetty 9.4 and Spring 4.3 use)
  'jetty9-server', // libjetty9-java 9.4
  'jetty9-servlet',
  'jetty9-security',
  'jetty9-http',
  'jetty9-io',
  'jetty9-util',
];
const PACKAGES = ['default-jdk-headless', 'libspring-web-servlet-java', 'libjetty9-java', 'libjackson2-databind-java'];
const CLASSPATH = JARS.map((j) => join(JAVA_DIR, `${j}.jar`)).join(':');

/** Where each constant the snippets may use was added, for the note (the absence is Debian's jar's word). */
const SINCE = { 'MediaType.APPLICATION_PROBLEM_JSON': '5.0', 'HttpStatus.TOO_EARLY': '5.2', 'HttpStatus.EARLY_HINTS': '6.0.5', 'HttpStatus.CONTENT_TOO_LARGE': '7.0', 'HttpStatus.UNPROCESSABLE_CONTENT': '7.0' };

const usable = () => JARS.every((j) => existsSync(join(JAVA_DIR, `${j}.jar`))) && probeCommand(JAVAC, ['-version']) && probeCommand(JAVA, ['-version']);

/** The public static fields of one of Debian's Spring classes, as javap lists them. */
async function fieldsOf(className) {
  const out = await mustRun(`javap ${className}`, JAVAP, ['-cp', CLASSPATH, className], { timeoutMs: 60_000 });
  return new Set([...out.matchAll(/public static final \S+ (\w+);/g)].map((m) => m[1]));
}

export default {
  id: 'spring-boot',
  install: (log) => ensureDebian(PACKAGES, usable, log),
  /**
   * The cases whose snippet names a `HttpStatus` or `MediaType` constant that Debian's Spring 4.3
   * classes do not have: case id -> why it is checked statically rather than run.
   */
  async staticOnly(cases) {
    const have = { HttpStatus: await fieldsOf('org.springframework.http.HttpStatus'), MediaType: await fieldsOf('org.springframework.http.MediaType') };
    const out = new Map();
    for (const c of cases) {
      const missing = [...new Set([...c.code.matchAll(/\b(HttpStatus|MediaType)\.([A-Z][A-Z0-9_]*)\b/g)].filter((m) => !have[m[1]].has(m[2])).map((m) => m[0]))];
      if (missing.length) out.set(c.id, `${missing.map((m) => `${m}${SINCE[m] ? ` (since Spring ${SINCE[m]})` : ''}`).join(', ')} is newer than Debian's Spring 4.3 (not in its spring-web jar)`);
    }
    return out;
  },
  async start(cases) {
    const dir = appDir('spring-boot');
    const pkg = (c) => `cases.${c.ident}`;
    const sources = [];
    for (const c of cases) {
      const file = join(dir, 'src', 'cases', c.ident, 'MyController.java');
      put(file, `package ${pkg(c)};\n\n${c.code}`);
      sources.push(file);
    }
    const main = join(dir, 'src', 'harness', 'Main.java');
    sources.push(main);
    put(main, `package harness;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.springframework.context.annotation.ImportResource;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

public class Main {

    /**
     * Spring MVC's defaults, with Jackson's converter (found on the classpath): mvc.xml's
     * <mvc:annotation-driven/>, the XML twin of @EnableWebMvc. Not @Configuration: Debian's
     * spring-core 4.3.30 repackages a CGLIB that asks its ASM for API 7, which that ASM (6) refuses,
     * so no @Configuration class (@EnableWebMvc's DelegatingWebMvcConfiguration is one) can be
     * enhanced. Registered as it is, this class is a "lite" configuration class and is not.
     */
    @ImportResource("classpath:harness/mvc.xml")
    public static class WebConfig {
    }

    /** What the runner's "is it up" request gets. */
    public static class Ok extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.getWriter().write("ok");
        }
    }

    static final String[] CASES = {
        ${cases.map((c) => JSON.stringify(c.id)).join(',\n        ')}
    };

    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(System.getenv("PORT")));
        server.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        for (String id : CASES) {
            AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
            context.setDisplayName(id);
            context.register(WebConfig.class);
            context.scan("cases." + id.replace('-', '_'));
            ServletHolder holder = new ServletHolder(id, new DispatcherServlet(context));
            holder.setInitOrder(1); // every context starts before the connector takes requests
            handler.addServlet(holder, "/c/" + id + "/*");
        }
        handler.addServlet(new ServletHolder("ok", new Ok()), "/");
        server.setHandler(handler);
        server.start();
        server.join();
    }
}
`);
    put(join(dir, 'resources', 'harness', 'mvc.xml'), `<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xmlns:mvc="http://www.springframework.org/schema/mvc"
       xsi:schemaLocation="http://www.springframework.org/schema/beans https://www.springframework.org/schema/beans/spring-beans.xsd
                           http://www.springframework.org/schema/mvc https://www.springframework.org/schema/mvc/spring-mvc.xsd">
    <mvc:annotation-driven/>
</beans>
`);
    await mustRun('javac (Spring app)', JAVAC, ['-encoding', 'UTF-8', '-Xlint:all,-path', '-Werror', '-proc:none', '-d', join(dir, 'classes'), '-cp', CLASSPATH, ...sources], { cwd: dir, timeoutMs: 300_000 });
    return serveCases('spring', JAVA, ['-Xshare:auto', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmx256m', '-cp', `${join(dir, 'classes')}:${join(dir, 'resources')}:${CLASSPATH}`, 'harness.Main'], { cwd: dir, timeoutMs: 120_000 });
  },
};
