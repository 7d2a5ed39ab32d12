package com.koto.evaluation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = EvaluationController.class,
        properties = "spring.jackson.property-naming-strategy=SNAKE_CASE")
@WithMockUser
class EvaluationControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Evaluator evaluator;

    @Test
    void evaluatesAnAnswerInSnakeCase() throws Exception {
        given(evaluator.evaluate(any())).willReturn(new Evaluation(80, false,
                List.of(new EvaluationError(ErrorCategory.PARTICLE_ALLOMORPH, "커피을", "커피를", "…")),
                "Tata bahasa salah. Seharusnya: 커피를 주세요", "커피를 주세요", EvaluationSource.RULES, 0.95));

        mvc.perform(post("/api/v1/evaluations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"expected": ["커피를 주세요"], "answer": "커피을 주세요", "instruction_lang": "id"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.errors[0].category").value("particle_allomorph"))
                .andExpect(jsonPath("$.model_answer").value("커피를 주세요"))
                .andExpect(jsonPath("$.source").value("rules"))
                .andExpect(jsonPath("$.confidence").doesNotExist());
    }

    @Test
    void emptyExpectedIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expected\": [], \"answer\": \"커피\", \"instruction_lang\": \"id\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void missingAnswerIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expected\": [\"커피 주세요\"], \"instruction_lang\": \"id\"}"))
                .andExpect(status().isBadRequest());
    }
}
