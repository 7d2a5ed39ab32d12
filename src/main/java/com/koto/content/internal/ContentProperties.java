package com.koto.content.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Content settings ({@code koto.content.*}).
 *
 * @param loadDemoContent import and publish the demo lessons ({@code content/demo/*.json}) whose
 *                        slugs are not in the database yet; default true (env {@code KOTO_LOAD_DEMO_CONTENT})
 */
@ConfigurationProperties("koto.content")
public record ContentProperties(@DefaultValue("true") boolean loadDemoContent) {
}
