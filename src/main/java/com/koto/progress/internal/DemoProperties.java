package com.koto.progress.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data ({@code koto.demo.*}), never on by default.
 *
 * @param learners how many demo learners to simulate at start-up through the real turn code, default 0
 * @param seed     random seed of their skills, mistakes and abandoned sessions, default 42
 */
@ConfigurationProperties("koto.demo")
record DemoProperties(@DefaultValue("0") int learners, @DefaultValue("42") long seed) {
}
