package com.koto.platform;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Replaces the proxy trust of Tomcat's {@code RemoteIpValve} (added by Boot for
 * {@code server.forward-headers-strategy: native}) with the explicit list in
 * {@link TrustedProxiesProperties}.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(TrustedProxiesProperties properties) {
        String regex = properties.internalProxiesRegex();
        return new ProxyTrustCustomizer() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                for (Valve valve : factory.getEngineValves()) {
                    if (valve instanceof RemoteIpValve remoteIp) {
                        remoteIp.setInternalProxies(regex);
                        remoteIp.setTrustedProxies(null);
                    }
                }
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE; // after Boot's customizer that adds the valve
            }
        };
    }

    /** A Tomcat factory customizer with an order (anonymous classes cannot implement two interfaces). */
    abstract static class ProxyTrustCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    }
}
