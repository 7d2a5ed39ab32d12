package com.koto.evaluation;

import com.koto.platform.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/evaluations}: evaluates one answer against accepted answers, statelessly
 * (the console's preview, the quality benchmark). Authenticated by the API security
 * configuration; any role.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationController {

    /**
     * The request body ({@code snake_case} on the wire).
     *
     * @param expected        accepted answers, 1–20, each 1–200 characters
     * @param answer          the learner's answer, at most 500 characters (may be blank: an incomplete answer)
     * @param instructionLang ISO 639-1 code of the learner's language ({@code id}, {@code en})
     * @param register        {@code polite} (default), {@code formal} or {@code casual}
     */
    record EvaluationBody(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> expected,
            @NotNull @Size(max = 500) @PlainText String answer,
            @NotBlank @Pattern(regexp = "[a-z]{2,3}") String instructionLang,
            Register register) {
    }

    private final Evaluator evaluator;

    EvaluationController(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @PostMapping
    Evaluation evaluate(@Valid @RequestBody EvaluationBody body) {
        return evaluator.evaluate(new EvaluationRequest(body.expected(), List.of(), body.answer(),
                body.instructionLang(), body.register(), null));
    }
}
