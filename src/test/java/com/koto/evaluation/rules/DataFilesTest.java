package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@link DataFiles}: a data file is parsed once and shared; a missing one is a clear error. */
class DataFilesTest {

    @Test
    void aFileReadTwiceIsParsedOnce() {
        JsonNode first = DataFiles.read(Equivalents.LOCATION);
        assertThat(first.path("groups").size()).isPositive();
        assertThat(DataFiles.read(Equivalents.LOCATION)).isSameAs(first);
    }

    @Test
    void theClassesThatShareAFileSeeTheSameData() {
        // Contrasts and Equivalents both read equivalents.json; Confusables and PredicateSenses confusables.json
        assertThat(Contrasts.inCategory("인도네시아", "지명")).isTrue();
        assertThat(DataFiles.read(Confusables.LOCATION).path("confusables").size()).isPositive();
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        assertThatThrownBy(() -> DataFiles.read("evaluation/no-such-file.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("evaluation/no-such-file.json");
    }
}
