package com.koto;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Korean Together: one Spring Boot application serving the tutoring API (REST and WebSocket)
 * and the Vaadin console. Each direct sub-package is an application module (Spring Modulith);
 * see {@code docs/architecture.md}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KotoApplication {

    /**
     * Starts the application.
     *
     * @param args command-line arguments, passed to Spring Boot
     */
    public static void main(String[] args) {
        SpringApplication.run(KotoApplication.class, args);
    }
}
