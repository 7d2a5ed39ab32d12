package com.koto.tutoring.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tutoring settings ({@code koto.tutoring.*}).
 *
 * @param maxAudioSize     largest accepted voice answer, default 10 MB
 * @param maxAudioDuration longest accepted voice answer, default 30 s
 * @param wsIdleTimeout    a socket with no client message for this long is closed, default 2 min
 * @param wsPingInterval   server ping frames, default 25 s
 * @param wsAuthTimeout    time to send {@code {type:"auth"}} when the URL has no token, default 10 s
 * @param audioClaimLease  how long an instance's claim on a voice answer it is transcribing lasts;
 *                         a voice answer still {@code processing} after that (its instance died) is
 *                         resubmitted from the event publication registry and claimed by exactly one
 *                         other (or the restarted) instance, default 2 min; swept every half lease
 */
@ConfigurationProperties("koto.tutoring")
public record TutoringProperties(
        @DefaultValue("10MB") DataSize maxAudioSize,
        @DefaultValue("30s") Duration maxAudioDuration,
        @DefaultValue("2m") Duration wsIdleTimeout,
        @DefaultValue("25s") Duration wsPingInterval,
        @DefaultValue("10s") Duration wsAuthTimeout,
        @DefaultValue("2m") Duration audioClaimLease) {
}
