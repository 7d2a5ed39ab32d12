package com.koto.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one way a test may not run: it drives an operating-system program that is not installed. Where any of
 * {@link #value()} is absent the test (or, on a class, all its tests, before any Spring context starts) is
 * reported as skipped with the reason and the install command; with env {@code KOTO_TEST_REQUIRE_TOOLS=true}
 * (set by {@code .ci/run} after installing them) it fails instead, so CI can never be green with less tested.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresToolCondition.class)
public @interface RequiresTool {

    /** The programs the test runs. */
    Tool[] value();
}
