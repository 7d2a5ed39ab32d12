package com.koto.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * One error path for everything that leaves the application, beyond {@link ProblemHandler}:
 * <ul>
 * <li>unknown {@code /api/**} and {@code /actuator/**} paths are 404 problems (they would otherwise
 * fall through to the console's catch-all route and answer 200 with HTML);</li>
 * <li>the servlet container's {@code /error} dispatch (an exception escaping a filter, a
 * {@code sendError}) answers problem+json to API clients and to anything that does not ask for
 * HTML; browsers on console paths keep an HTML page;</li>
 * <li>errors Tomcat raises before the application sees the request (a {@code %2F} or {@code %00}
 * in the path, headers over the size limit) are rendered by {@link ProblemReportValve} instead of
 * Tomcat's HTML report.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathConfiguration {

    /** Just before Vaadin's root forwarding mapping (lowest precedence − 1) and after the controllers. */
    @Bean
    SimpleUrlHandlerMapping unknownApiPaths(JsonMapper json) {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(404);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", ProblemType.NOT_FOUND.uri().toString());
            body.put("title", ProblemType.NOT_FOUND.title());
            body.put("status", 404);
            body.put("detail", "There is no endpoint " + request.getMethod() + " " + printable(request.getRequestURI())
                    + "; the API is described at /v3/api-docs.");
            json.writeValue(response.getOutputStream(), body);
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(
                Map.of("/api/**", notFound, "/actuator/**", notFound), Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes,
            ObjectProvider<ErrorViewResolver> resolvers) {
        return new ProblemErrorController(errorAttributes, resolvers.orderedStream().toList());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new ProblemValveCustomizer() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(ErrorPathConfiguration::replaceErrorReportValve);
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE; // after Boot's own ErrorReportValve customizer
            }
        };
    }

    private static void replaceErrorReportValve(Context context) {
        if (!(context.getParent() instanceof Host host)) {
            return;
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemReportValve());
        if (host instanceof org.apache.catalina.core.StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
    }

    /** A request path safe to quote in a sentence (no control characters, bounded length). */
    static String printable(String path) {
        if (path == null) {
            return "";
        }
        String clean = path.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
    }

    static boolean isApiPath(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator"));
    }

    /** Boot's error controller, but problem+json for every non-HTML client and for every API path. */
    static final class ProblemErrorController extends BasicErrorController {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
            super(errorAttributes, new ErrorProperties(), resolvers);
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (isApiPath((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
                try {
                    HttpStatus status = getStatus(request);
                    response.setStatus(status.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    JSON.writeValue(response.getOutputStream(), problem(request, status));
                    return null;
                } catch (IOException e) {
                    return null; // the client went away
                }
            }
            return super.errorHtml(request, response);
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(request, status));
        }

        private static Map<String, Object> problem(HttpServletRequest request, HttpStatus status) {
            ProblemType kind = ProblemType.forStatus(status.value());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", kind.uri().toString());
            body.put("title", kind.title());
            body.put("status", status.value());
            body.put("detail", ProblemReportValve.sentence(status.value()));
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri != null) {
                body.put("instance", printable(uri.toString()));
            }
            return body;
        }
    }

    /** A Tomcat factory customizer with an order (anonymous classes cannot implement two interfaces). */
    abstract static class ProblemValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    }
}
