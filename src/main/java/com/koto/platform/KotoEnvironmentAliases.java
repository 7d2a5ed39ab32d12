package com.koto.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Our documented environment variables that alias Spring properties, applied only when set:
 * {@code KOTO_REDIS_URL} → {@code spring.data.redis.url}. (Setting an empty Spring property instead
 * would make "unset" indistinguishable from "blank".)
 */
public class KotoEnvironmentAliases implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> aliases = new LinkedHashMap<>();
        String redisUrl = environment.getProperty("KOTO_REDIS_URL");
        if (StringUtils.hasText(redisUrl) && !StringUtils.hasText(environment.getProperty("spring.data.redis.url"))) {
            aliases.put("spring.data.redis.url", redisUrl);
        }
        if (!aliases.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("kotoEnvironmentAliases", aliases));
        }
    }
}
