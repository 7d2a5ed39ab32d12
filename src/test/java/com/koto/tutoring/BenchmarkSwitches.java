package com.koto.tutoring;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Switches of the benchmarks that change the application under test, for A/B runs of the turn path
 * alone. {@code -Dbench.progress=off} removes the progress module's learning-event listener bean
 * ({@code progressListener}) before the context starts: tutoring still publishes its
 * {@link LearningEvent}s, but nothing listens, so no event publication is stored and no read model
 * is written (the turn path's own cost, without the read models' write path competing for the pool).
 * Default {@code on}: the application as deployed. Only the benchmarks import this; the progress
 * module's code is untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkSwitches {

    /** Whether the progress listener runs in this benchmark JVM ({@code -Dbench.progress}, default on). */
    static boolean progressOn() {
        return !"off".equalsIgnoreCase(System.getProperty("bench.progress", "on"));
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor benchmarkWithoutProgressListener() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (!progressOn() && registry.containsBeanDefinition("progressListener")) {
                    registry.removeBeanDefinition("progressListener");
                }
            }
        };
    }
}
