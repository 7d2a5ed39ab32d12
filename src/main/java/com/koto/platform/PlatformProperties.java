package com.koto.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform itself ({@code koto.*}); other modules use {@link DataDirectory}.
 *
 * @param dataDir where embedded defaults keep their state (PostgreSQL data, generated secrets);
 *                default {@code ./data}, env {@code KOTO_DATA_DIR}
 */
@ConfigurationProperties("koto")
record PlatformProperties(@DefaultValue("./data") Path dataDir) {
}
