package com.koto.evaluation.model;

import com.google.genai.types.Schema;
import com.google.genai.types.Type;
import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationRequest;
import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPack;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The instruction, the task text and the response schema sent to the model for one answer. The
 * schema mirrors our evaluation JSON and names exactly our error categories, so the reply maps
 * onto {@link com.koto.evaluation.Evaluation} without interpretation.
 */
final class EvaluationPrompt {

    private EvaluationPrompt() {
    }

    /** The categories as the schema's enum. */
    static final List<String> CATEGORIES = Arrays.stream(ErrorCategory.values()).map(ErrorCategory::wireName).toList();

    /** Response schema: {score, passed, errors[{category, original, correction, explanation}], feedback, model_answer}. */
    static Schema responseSchema() {
        Schema string = Schema.builder().type(Type.Known.STRING).build();
        Schema error = Schema.builder().type(Type.Known.OBJECT)
                .properties(Map.of(
                        "category", Schema.builder().type(Type.Known.STRING).enum_(CATEGORIES).build(),
                        "original", string,
                        "correction", string,
                        "explanation", string))
                .required("category", "original", "correction", "explanation")
                .propertyOrdering("category", "original", "correction", "explanation")
                .build();
        return Schema.builder().type(Type.Known.OBJECT)
                .properties(Map.of(
                        "score", Schema.builder().type(Type.Known.INTEGER).description("0-100").build(),
                        "passed", Schema.builder().type(Type.Known.BOOLEAN).build(),
                        "errors", Schema.builder().type(Type.Known.ARRAY).items(error).build(),
                        "feedback", string,
                        "model_answer", string))
                .required("score", "passed", "errors", "feedback", "model_answer")
                .propertyOrdering("score", "passed", "errors", "feedback", "model_answer")
                .build();
    }

    /** The system instruction: the role, the judging policy and the output language. */
    static String instruction(LangPack pack) {
        String language = languageName(pack.instructionLang());
        return """
                You are a Korean teacher judging one answer of a learner of Korean in a tutoring app.
                Judge whether the answer is correct Korean that does what the activity asks, at the \
                register the activity expects. A correct paraphrase passes; do not demand the exact \
                accepted wording. Spacing alone never fails an answer (report it as "spacing").
                Report each error with the learner's exact span as "original", the corrected span as \
                "correction" and one of these categories: %s.
                Write "explanation" and "feedback" in %s, one short sentence each, for a beginner. \
                "model_answer" is the accepted answer closest to the learner's, in Korean.
                Score 0-100: 100 correct, 90+ correct with notes, below 60 for a wrong meaning."""
                .formatted(String.join(", ", CATEGORIES), language);
    }

    /** The task: the activity, the learner's first language and typical errors, the answer. */
    static String task(EvaluationRequest request, LangPack pack) {
        StringBuilder out = new StringBuilder();
        if (request.context() != null && !request.context().isBlank()) {
            out.append("Activity: ").append(request.context()).append('\n');
        }
        out.append("Accepted answers:\n");
        request.expected().forEach(e -> out.append("- ").append(e).append('\n'));
        out.append("Register: ").append(request.register().wireName()).append(switch (request.register()) {
            case POLITE -> " (해요체, -요 endings)";
            case FORMAL -> " (합쇼체, -ㅂ니다 endings)";
            case CASUAL -> " (반말 is fine)";
        }).append('\n');
        out.append("Learner's first language: ").append(languageName(pack.instructionLang())).append('\n');
        List<ErrorPattern> patterns = pack.errorPatterns();
        if (!patterns.isEmpty()) {
            out.append("Errors typical of these learners (check them first):\n");
            patterns.stream()
                    .sorted((a, b) -> Integer.compare(b.emphasis(), a.emphasis()))
                    .limit(8)
                    .forEach(p -> out.append("- ").append(p.category()).append(": ").append(p.title())
                            .append(" (").append(p.exampleWrong()).append(" → ").append(p.exampleRight())
                            .append(")\n"));
        }
        out.append("Learner's answer: ").append(request.answer());
        return out.toString();
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
