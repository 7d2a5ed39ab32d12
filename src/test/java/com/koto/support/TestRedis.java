package com.koto.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * The Redis server tests share: env {@code KOTO_TEST_REDIS_URL} (CI: {@code .ci/run} sets
 * {@code redis://127.0.0.1:6379}) when given, otherwise a real {@code redis-server} 6.2 started once per test
 * JVM from the binaries inside {@code com.github.codemonstur:embedded-redis} (linux amd64/arm64/386, macOS
 * amd64/arm64; Windows gets its 5.0 build), on a free loopback port, stopped when the JVM exits.
 */
public final class TestRedis {

    private static volatile URI uri;

    private TestRedis() {
    }

    /** {@code redis://host:port} of the server, starting the embedded one on first call. */
    public static synchronized URI uri() {
        if (uri == null) {
            String configured = System.getenv("KOTO_TEST_REDIS_URL");
            uri = configured != null && !configured.isBlank() ? URI.create(configured) : startEmbedded();
        }
        return uri;
    }

    /** Host of the server. */
    public static String host() {
        return uri().getHost();
    }

    /** Port of the server. */
    public static int port() {
        return uri().getPort() > 0 ? uri().getPort() : 6379;
    }

    private static URI startEmbedded() {
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return URI.create("redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded test redis-server", e);
        }
    }
}
