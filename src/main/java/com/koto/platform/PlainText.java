package com.koto.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field a person types: no control characters (Unicode category Cc) except tab, line feed
 * and carriage return, and no unpaired surrogates. NUL in particular cannot be stored by
 * PostgreSQL ({@code text} and {@code jsonb} refuse U+0000), so it must be refused at the door with
 * a 400 rather than fail at the database with a 500. {@code null} is valid (combine with
 * {@code @NotNull} where needed).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The message; the field name is prefixed by the problem handler. */
    String message() default "must not contain control characters (such as U+0000) or broken characters";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** The Bean Validation side of {@link PlainText}, and the same check for code that has no validator. */
    final class Validator implements ConstraintValidator<PlainText, String> {

        /**
         * Whether {@code text} is acceptable (see the annotation).
         *
         * @return the first offending code point as {@code U+XXXX}, or {@code null} when the text is fine
         */
        public static String firstProblem(String text) {
            if (text == null) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return String.format("U+%04X", (int) c);
                }
                if (Character.isLowSurrogate(c)
                        || (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')) {
                    return String.format("U+%04X", (int) c);
                }
            }
            return null;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return firstProblem(value) == null;
        }
    }
}
