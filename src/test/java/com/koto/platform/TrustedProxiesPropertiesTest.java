package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trusted proxy list becomes an exact, anchored match: no prefix, no private range by default. */
class TrustedProxiesPropertiesTest {

    @Test
    void anEmptyListTrustsNobody() {
        assertThat(new TrustedProxiesProperties(List.of()).internalProxiesRegex()).isNull();
        assertThat(new TrustedProxiesProperties(List.of(" ")).internalProxiesRegex()).isNull();
    }

    @Test
    void listedAddressesMatchExactlyAndNothingElse() {
        String regex = new TrustedProxiesProperties(List.of("172.18.0.5", "::1")).internalProxiesRegex();
        assertThat("172.18.0.5").matches(regex);
        assertThat("::1").matches(regex);
        assertThat("172.18.0.50").doesNotMatch(regex);
        assertThat("172.18.0.6").doesNotMatch(regex);
        assertThat("127.0.0.1").doesNotMatch(regex);
        assertThat("172x18x0x5").doesNotMatch(regex);
    }

    @Test
    void hostNamesAreRefusedAtStart() {
        assertThatThrownBy(() -> new TrustedProxiesProperties(List.of("caddy")).internalProxiesRegex())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KOTO_TRUSTED_PROXIES");
    }
}
