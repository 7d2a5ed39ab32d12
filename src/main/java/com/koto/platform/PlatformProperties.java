package com.koto.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module ({@code koto.*}).
 *
 * @param dataDir where embedded defaults keep their state (PostgreSQL data, generated secrets);
 *                default {@code ./data}, env {@code KOTO_DATA_DIR}
 */
@ConfigurationProperties("koto")
public record PlatformProperties(@DefaultValue("./data") Path dataDir) {
}
