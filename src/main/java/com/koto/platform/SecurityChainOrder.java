package com.koto.platform;

/**
 * The order of the application's Spring Security filter chains, in one place (use these on the chains'
 * {@code @Order}, never a number). A request is handled by the first chain whose matcher matches it: the
 * narrow stateless chains of the modules come first (their matchers do not overlap), the console's
 * catch-all form-login chain last. A new chain gets a constant here.
 */
public final class SecurityChainOrder {

    /** identity: {@code /api/**}, stateless bearer JWTs. */
    public static final int API = 1;
    /** identity: {@code /actuator/**}, ADMIN by HTTP basic or the scrape token; health and info open. */
    public static final int ACTUATOR = 2;
    /** identity: the container's {@code /error} dispatch, open (the original request was already judged). */
    public static final int ERROR_PAGE = 3;
    /** apidocs: the OpenAPI document and Swagger UI, open. */
    public static final int API_DOCS = 4;
    /** storage: the local store's signed downloads ({@code /files/**}), authorised by their signature. */
    public static final int SIGNED_FILES = 5;
    /** tutoring: the WebSocket upgrade ({@code /ws/**}), open; the socket authenticates by JWT itself. */
    public static final int WEB_SOCKET = 6;
    /** console: every other path, Vaadin with form login; must stay last (it matches any request). */
    public static final int CONSOLE = 100;

    private SecurityChainOrder() {
    }
}
