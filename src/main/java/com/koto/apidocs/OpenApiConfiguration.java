package com.koto.apidocs;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.koto.platform.SecurityChainOrder;
import com.koto.tutoring.ClientMessage;
import com.koto.tutoring.ServerMessage;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * springdoc set-up. swagger-core resolves models with its own (Jackson 2) mapper, blind to the
 * application's Jackson 3 {@code SNAKE_CASE} setting, so its {@link ModelResolver} gets a mapper with
 * the same naming strategy: schema property names are the wire names. Then every {@code /api/**}
 * operation gets its problem+json error responses and the bearer requirement (operations that
 * declare an empty {@code @SecurityRequirements} are public), and the WebSocket messages are added
 * as component schemas ({@code ClientMessage}, {@code ServerMessage} and one per message type).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The suffix Controller of a class name. */
    private static final Pattern CONTROLLER_SUFFIX = Pattern.compile("Controller$");

    /** Name of the bearer security scheme in the document. */
    static final String BEARER = "bearer_auth";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Paths whose POSTs are rate-limited (platform RateLimits: logins, registrations, turns, uploads). */
    private static final List<String> RATE_LIMITED = List.of("/api/v1/auth/", "/api/v1/learners",
            "/api/v1/sessions/");

    /** swagger-core's model resolver with the wire naming strategy (OpenAPI 3.1 flavour, as springdoc uses). */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        ObjectMapper mapper = Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return new ModelResolver(mapper).openapi31(true);
    }

    @Bean
    OpenAPI kotoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Korean Together tutoring API").version("v1")
                        .description("""
                                The learner API used by the Unity client. JSON property names are snake_case; \
                                errors are RFC 9457 application/problem+json. Authenticate with \
                                POST /api/v1/auth/token and send the access token as a bearer token; \
                                renew it with POST /api/v1/auth/refresh (refresh tokens rotate: each is single-use). \
                                The live turn loop is the WebSocket /ws/sessions/{id} (token as ?access_token= \
                                or a first {"type":"auth"} message); its messages are the component schemas \
                                ClientMessage and ServerMessage. See docs/api/README.md."""))
                .servers(List.of(new Server().url("/").description("this server (behind the gateway: /koto-api/* → /api/*)")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from POST /api/v1/auth/token or /api/v1/auth/refresh")));
    }

    /**
     * Stable operation ids: an explicit {@code @Operation(operationId)} wins; otherwise the controller's
     * name without "Controller" plus the method name ({@code LessonApiController.list} → {@code lessonApiList}),
     * never springdoc's order-dependent {@code list_1}.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            io.swagger.v3.oas.annotations.Operation declared =
                    handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
            if (declared == null || declared.operationId().isBlank()) {
                String controller = CONTROLLER_SUFFIX.matcher(handler.getBeanType().getSimpleName()).replaceFirst("");
                String method = handler.getMethod().getName();
                operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                        + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            }
            return operation;
        };
    }

    /** Error responses, security requirements, sorted tags and the WebSocket message schemas. */
    @Bean
    OpenApiCustomizer kotoApiCustomizer() {
        return openApi -> {
            addMessageSchemas(openApi.getComponents());
            if (openApi.getTags() != null) {
                openApi.setTags(openApi.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> addErrors(path, method, op)));
            }
        };
    }

    /**
     * The WebSocket messages: one schema per message with its {@code type} as a one-value enum, and
     * {@code ClientMessage} / {@code ServerMessage} as {@code oneOf} them with a discriminator mapping.
     */
    private static void addMessageSchemas(Components components) {
        ModelConverters converters = ModelConverters.getInstance(true);
        Map<String, Schema> schemas = new TreeMap<>(components.getSchemas() == null ? Map.of() : components.getSchemas());
        schemas.putAll(converters.readAll(new AnnotatedType(Problem.class)));
        for (Class<?> union : List.of(ClientMessage.class, ServerMessage.class)) {
            Schema<?> oneOf = new Schema<>().description(union.getAnnotation(
                    io.swagger.v3.oas.annotations.media.Schema.class).description());
            Discriminator discriminator = new Discriminator().propertyName("type");
            for (JsonSubTypes.Type subtype : union.getAnnotation(JsonSubTypes.class).value()) {
                Map<String, Schema> resolved = converters.readAll(new AnnotatedType(subtype.value()));
                schemas.putAll(resolved);
                String name = subtype.value().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name();
                Schema<?> message = schemas.get(name);
                Map<String, Schema> properties = new TreeMap<>(message.getProperties() == null ? Map.of()
                        : message.getProperties());
                properties.put("type", new StringSchema()._enum(List.of(subtype.name()))
                        .description("always \"" + subtype.name() + "\""));
                message.setDiscriminator(null); // a message is one concrete shape
                message.setType("object");
                message.setTypes(Set.of("object"));
                message.setProperties(properties);
                List<String> required = new ArrayList<>(message.getRequired() == null ? List.of() : message.getRequired());
                if (!required.contains("type")) {
                    required.add(0, "type");
                }
                message.setRequired(required);
                String ref = "#/components/schemas/" + name;
                oneOf.addOneOfItem(new Schema<>().$ref(ref));
                discriminator.mapping(subtype.name(), ref);
            }
            oneOf.setDiscriminator(discriminator);
            schemas.put(union.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name(), oneOf);
        }
        components.setSchemas(schemas);
    }

    /** The problem+json responses an operation can give (see platform's ProblemHandler). */
    private static void addErrors(String path, PathItem.HttpMethod method, io.swagger.v3.oas.models.Operation op) {
        boolean isPublic = op.getSecurity() != null && op.getSecurity().isEmpty();
        if (!isPublic) {
            op.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        }
        ApiResponses responses = op.getResponses();
        responses.putIfAbsent("400", problem("Invalid request: malformed JSON, invalid fields (listed in 'errors') "
                + "or an unsupported value"));
        if (!isPublic) {
            responses.putIfAbsent("401", problem("Missing, invalid or expired access token"));
            responses.putIfAbsent("403", problem("The account's role does not allow this request"));
        } else if (path.startsWith("/api/v1/auth/token") || path.startsWith("/api/v1/auth/refresh")) {
            responses.putIfAbsent("401", problem("Wrong credentials, or an invalid, expired, reused or revoked "
                    + "refresh token"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("Not found (another learner's session or recording too)"));
        }
        if (method != PathItem.HttpMethod.GET && !path.startsWith("/api/v1/auth/")) {
            responses.putIfAbsent("409", problem("Conflict with the current state (e.g. the session is over, the "
                    + "username is taken)"));
        }
        if (RATE_LIMITED.stream().anyMatch(path::startsWith) && method == PathItem.HttpMethod.POST) {
            responses.putIfAbsent("429", problem("Too many requests; retry after Retry-After seconds"));
        }
        responses.putIfAbsent("500", problem("Internal error; the problem carries an incident id"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    /** The document and Swagger UI are public: the contract is not a secret, and the Unity team reads it. */
    @Bean
    @Order(SecurityChainOrder.API_DOCS)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
