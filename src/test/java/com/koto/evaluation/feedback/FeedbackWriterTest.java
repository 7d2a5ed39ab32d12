package com.koto.evaluation.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;

/** Explanations quote the learner's span readably, whatever quotes the learner typed. */
class FeedbackWriterTest {

    @Test
    void quotesTheLearnerTypedNeverMakeAnEmptyPair() {
        for (var pack : java.util.List.of(TestPacks.KO_EN, TestPacks.KO_ID)) {
            String text = FeedbackWriter.explain(pack, ErrorCategory.SPELLING, "spelling/word", "'눈치'라는", "'눈치'는");
            assertThat(text).doesNotContain("''").contains("‘눈치’라는").contains("‘눈치’는");
        }
    }

    @Test
    void spansWithoutQuotesAreUnchanged() {
        assertThat(FeedbackWriter.quotable("커피을")).isEqualTo("커피을");
        assertThat(FeedbackWriter.quotable("\"네\"라고")).isEqualTo("“네”라고");
    }
}
