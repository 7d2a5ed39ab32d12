package com.koto.tutoring.internal;

import com.koto.platform.LogContext;
import com.koto.platform.SecurityChainOrder;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Registers {@code /ws/sessions/{id}}. The HTTP upgrade itself is open: the handler authenticates
 * with the JWT from the query or the first message (no cookies are involved, so any origin may
 * connect — the Unity WebGL build is served from elsewhere).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

    private final SessionSocketHandler handler;

    WebSocketConfiguration(SessionSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/sessions/*").setAllowedOriginPatterns("*")
                .addInterceptors(new UpgradeRequestId());
    }

    /**
     * Keeps the upgrade request's id (platform's request filter put it in the log context and the 101
     * response's {@code X-Request-Id}) with the socket: its messages' request ids extend it.
     */
    static final class UpgradeRequestId implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                Map<String, Object> attributes) {
            String id = LogContext.requestId();
            if (id != null) {
                attributes.put(SessionSockets.UPGRADE_REQUEST_ID, id);
            }
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                Exception exception) {
        }
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(8 * 1024);
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
    }

    @Bean
    @Order(SecurityChainOrder.WEB_SOCKET)
    SecurityFilterChain webSocketSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/ws/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
