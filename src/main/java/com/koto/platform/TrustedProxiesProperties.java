package com.koto.platform;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which direct peers may say who the client is ({@code koto.trusted-proxies.*}).
 *
 * @param addresses exact IP addresses of the reverse proxies in front of the app (Caddy's address in
 *                  docker-compose), comma-separated in env {@code KOTO_TRUSTED_PROXIES}; default none.
 *                  Only a request arriving from one of these has its {@code X-Forwarded-For} /
 *                  {@code X-Forwarded-Proto} honoured; from anyone else those headers are ignored, so
 *                  per-address rate limits cannot be dodged by forging them (Tomcat's default would
 *                  trust every private and loopback address).
 */
@ConfigurationProperties("koto.trusted-proxies")
public record TrustedProxiesProperties(@DefaultValue List<String> addresses) {

    /** An IPv4 or IPv6 address. */
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]+");

    /**
     * The addresses as a regular expression for Tomcat's {@code RemoteIpValve#setInternalProxies}:
     * each address quoted, anchored; {@code null} (trust nobody) for an empty list.
     *
     * @throws IllegalStateException when an entry is not an IPv4 or IPv6 literal (no host names: they
     *                               would be resolved once and silently go stale)
     */
    public String internalProxiesRegex() {
        List<String> clean = addresses.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
        for (String a : clean) {
            if (!IP_ADDRESS.matcher(a).matches()) {
                throw new IllegalStateException("KOTO_TRUSTED_PROXIES must list IP addresses, not '" + a + "'.");
            }
        }
        return clean.isEmpty() ? null
                : "^(" + String.join("|", clean.stream().map(java.util.regex.Pattern::quote).toList()) + ")$";
    }
}
