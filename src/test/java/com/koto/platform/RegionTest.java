package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.identity.AccountAdministration;
import com.koto.identity.Role;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment configured for Indonesia (set here in lower/upper case the wrong way round, as an operator
 * might) teaches new learners in Indonesian by default and stamps {@code ID} on every account it creates.
 */
@TestPropertySource(properties = {"koto.region.code= id ", "koto.region.instruction-language=ID"})
class RegionTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountAdministration admin;
    @Autowired
    RegionProperties region;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> row(String username) {
        return jdbc.queryForMap("select instruction_lang, region from accounts where username = ?", username);
    }

    @Test
    void theConfiguredRegionIsNormalised() {
        assertThat(region.code()).isEqualTo("ID");
        assertThat(region.configuredCode()).contains("ID");
        assertThat(region.instructionLanguage()).isEqualTo("id");
        assertThat(region.targetLanguage()).isEqualTo("ko");
    }

    @Test
    void aRegistrationWithoutALanguageGetsTheRegionsDefaultAndTheRegion() {
        String username = unique("sari");
        Api.Response created = api().post("/api/v1/learners",
                Map.of("username", username, "password", "rahasia-123", "display_name", "Sari"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("instruction_lang").asString()).isEqualTo("id");
        assertThat(row(username)).containsEntry("instruction_lang", "id").containsEntry("region", "ID");
    }

    @Test
    void aRegistrationNamingALanguageKeepsItAndStillRecordsTheRegion() {
        String username = unique("john");
        Api.Response created = api().post("/api/v1/learners",
                Map.of("username", username, "password", "secret-123", "display_name", "John", "instruction_lang", "en"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(row(username)).containsEntry("instruction_lang", "en").containsEntry("region", "ID");
    }

    @Test
    void aBlankLanguageIsStillRefused() {
        Api.Response refused = api().post("/api/v1/learners", Map.of("username", unique("blank"),
                "password", "secret-123", "display_name", "Blank", "instruction_lang", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString()).contains("instruction_lang");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void anAccountAnAdminCreatesIsStampedToo() {
        String username = unique("guru");
        admin.create(username, "Guru", Role.TEACHER, "", "password-123", false);
        assertThat(row(username)).containsEntry("instruction_lang", "id").containsEntry("region", "ID");
    }
}
