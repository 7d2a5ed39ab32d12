package com.koto.support;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Evaluates {@link RequiresTool}: enabled when every tool is present; otherwise disabled with the reason, or,
 * under {@code KOTO_TEST_REQUIRE_TOOLS=true}, a failure of the test or class.
 */
final class RequiresToolCondition implements ExecutionCondition {

    /** Env var that turns a missing tool into a failure. */
    static final String REQUIRE = "KOTO_TEST_REQUIRE_TOOLS";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresTool> annotation = context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresTool.class));
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no tool required here");
        }
        List<Tool> missing = Stream.of(annotation.get().value()).filter(tool -> tool.find().isEmpty()).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("tools present");
        }
        String reason = missing.stream().map(Tool::missing).collect(Collectors.joining("; "));
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
            throw new IllegalStateException(REQUIRE + "=true but the test " + context.getDisplayName() + " " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
