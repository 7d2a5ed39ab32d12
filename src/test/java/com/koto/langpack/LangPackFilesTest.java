package com.koto.langpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.langpack.internal.LangPackDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pack files: written back byte for byte, placeholders per the schema, rules in teachers' words. */
class LangPackFilesTest {

    private final LangPackDocuments documents = new LangPackDocuments();

    static byte[] bundled(String code) {
        try {
            return Files.readAllBytes(Path.of("lang-packs", code + ".json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko-id", "ko-en"})
    void bundledPacksAreWrittenBackByteForByteAndBreakNoRule(String code) {
        byte[] file = bundled(code);
        LangPack pack = documents.read(file);
        assertThat(new String(documents.write(pack), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(file, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LangPackRules.check(pack)).filteredOn(PackProblem::blocking).isEmpty();
    }

    @Test
    void allowedPlaceholdersComeFromTheSchema() {
        assertThat(LangPackRules.allowedPlaceholders("feedback_templates", "good_job")).contains(Set.of("detail"));
        assertThat(LangPackRules.allowedPlaceholders("category_explanations", "particle_missing"))
                .contains(Set.of("original", "correction"));
        assertThat(LangPackRules.allowedPlaceholders("prompts", "welcome")).contains(Set.of());
        assertThat(LangPackRules.allowedPlaceholders("prompts", "my_own_prompt")).isEmpty();
        assertThat(LangPackRules.requiredKeys("feedback_templates")).containsKeys("good_job", "choice_wrong");
    }

    @Test
    void templatesWithUnknownOrBrokenPlaceholdersAreBlockedAndUnusedOnesWarned() {
        assertThat(LangPackRules.template("feedback_templates", "grammar_error", "Wrong. Say: {corect}"))
                .extracting(PackProblem::code, PackProblem::blocking)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PackProblem.Code.PLACEHOLDER_UNKNOWN, true),
                        org.assertj.core.groups.Tuple.tuple(PackProblem.Code.PLACEHOLDER_UNUSED, false));
        assertThat(LangPackRules.template("feedback_templates", "grammar_error", "Wrong. Say: {corect}").getFirst()
                .message()).isEqualTo("feedback_templates.grammar_error: {corect} is not available here; available: {correct}.");
        assertThat(LangPackRules.template("prompts", "retry", "Hint: {hint"))
                .extracting(PackProblem::code).contains(PackProblem.Code.BRACES_UNBALANCED);
        assertThat(LangPackRules.template("prompts", "welcome", "Hi {name}"))
                .extracting(PackProblem::code).containsExactly(PackProblem.Code.PLACEHOLDER_UNKNOWN);
        assertThat(LangPackRules.template("prompts", "extra_cheer", "Go {name}!")).isEmpty();
    }

    @Test
    void errorPatternsNeedKoreanExamplesThatDiffer() {
        LangPack pack = documents.read(bundled("ko-en"));
        ErrorPattern p = pack.errorPatterns().getFirst();
        LangPack broken = new LangPack(pack.code(), pack.name(), pack.instructionLang(), pack.targetLang(),
                pack.version(), pack.feedbackTemplates(), pack.categoryExplanations(),
                List.of(p, new ErrorPattern(p.id(), p.category(), List.of("eun"), "t", "Use {x}", "coffee", "coffee", 4)),
                pack.prompts());
        assertThat(LangPackRules.check(pack.errorPatterns().isEmpty() ? pack : broken))
                .extracting(PackProblem::code)
                .containsExactly(PackProblem.Code.PATTERN_ID_DUPLICATE, PackProblem.Code.PATTERN_PARTICLE_INVALID,
                        PackProblem.Code.PATTERN_EXPLANATION_BRACES, PackProblem.Code.PATTERN_EXAMPLE_NOT_KOREAN,
                        PackProblem.Code.PATTERN_EXAMPLE_NOT_KOREAN, PackProblem.Code.PATTERN_EXAMPLES_EQUAL,
                        PackProblem.Code.PATTERN_EMPHASIS);
    }
}
