package com.koto.storage.internal;

import com.koto.platform.DataDirectory;
import com.koto.platform.SecurityChainOrder;
import com.koto.storage.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/** Chooses the object store: S3 (MinIO SDK) when an endpoint is configured, else the local store. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    ObjectStore objectStore(StorageProperties properties, DataDirectory dataDirectory, Clock clock) {
        if (StringUtils.hasText(properties.s3Endpoint())) {
            S3ObjectStore s3 = new S3ObjectStore(properties);
            s3.createBuckets();
            log.info("Object storage: S3 at {}", properties.s3Endpoint());
            return s3;
        }
        byte[] secret = StringUtils.hasText(properties.signingSecret())
                ? properties.signingSecret().getBytes(StandardCharsets.UTF_8)
                : LocalObjectStore.secret(dataDirectory.resolve("objects-secret"));
        java.nio.file.Path root = dataDirectory.resolve("objects").toAbsolutePath().normalize();
        log.info("Object storage: local directory {}", root);
        return new LocalObjectStore(root, properties, secret, clock);
    }

    /** Signed downloads carry their own authorisation (like S3 presigned URLs). */
    @Bean
    @Order(SecurityChainOrder.SIGNED_FILES)
    SecurityFilterChain signedFiles(HttpSecurity http) throws Exception {
        http.securityMatcher(LocalObjectStore.PATH_PREFIX + "**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
