package com.koto.identity.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A new password: 8 to 72 characters and at most {@value #MAX_BYTES} bytes in UTF-8, because bcrypt
 * (the password hash, via Spring Security's {@code BCryptPasswordEncoder}) reads only the first 72
 * bytes and refuses longer input. A Hangul syllable is 3 bytes, so an all-Korean password holds at
 * most 24 characters. {@code null} is valid (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = PasswordLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordLength {

    /** bcrypt's input limit in bytes. */
    int MAX_BYTES = 72;

    /** The message. */
    String message() default "must be 8 to 72 characters and at most 72 bytes in UTF-8 "
            + "(a Korean character counts as 3 bytes)";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** The Bean Validation side. */
    public final class Validator implements ConstraintValidator<PasswordLength, String> {

        /** Whether a password fits bcrypt's limit. */
        public static boolean fits(String password) {
            return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.length() >= 8 && fits(value));
        }
    }
}
