package com.koto.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress settings ({@code koto.progress.*}).
 *
 * @param rebuildOnStart rebuild every read model from {@code session_events} once the application is
 *                       ready (e.g. after restoring a database backup), default {@code false}
 */
@ConfigurationProperties("koto.progress")
public record ProgressProperties(@DefaultValue("false") boolean rebuildOnStart) {
}
