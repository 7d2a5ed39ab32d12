package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptedElsewhereTest {

    private static final List<String> BAG = List.of("오늘 아침에 지하철에 검은색 가방을 두고 내렸어요",
            "아침에 지하철에서 검은 백팩을 잃어버렸어요");
    private static final List<String> HOME = List.of("할머니 할아버지 지금 댁에 계세요", "혹시 할아버지 지금 집에 계세요");

    @Test
    void aNounAnotherAcceptedAnswerUsesIsNoWrongWord() {
        assertThat(Evidence.acceptedElsewhere(new Finding(ErrorCategory.VOCABULARY, "가방", "백팩을", "vocabulary/word"),
                "오늘 아침에 지하철에서 검은 가방 잃어버렸는데요", BAG)).isTrue();
        assertThat(Evidence.acceptedElsewhere(new Finding(ErrorCategory.HONORIFIC, "집에", "댁에", "honorific/noun"),
                "할아버지 지금 집에 계신가요", HOME)).isTrue();
    }

    @Test
    void aNounNoAcceptedAnswerUsesStaysAWrongWord() {
        assertThat(Evidence.acceptedElsewhere(new Finding(ErrorCategory.VOCABULARY, "월급하고", "월세하고", "vocabulary/word"),
                "월급하고 보증금이 얼마예요", List.of("월세하고 보증금이 얼마예요", "월세랑 보증금이 얼마예요"))).isFalse();
        assertThat(Evidence.acceptedElsewhere(new Finding(ErrorCategory.HONORIFIC, "집에", "댁에", "honorific/noun"),
                "할아버지 지금 집에 계세요", List.of("할아버지 지금 댁에 계세요"))).isFalse();
    }
}
