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
 * would make "unset" indistinguishable from "blank".) Also switches Boot's Redis health indicator on only
 * where Redis is configured (else Boot would probe a default localhost:6379 the app never uses), and maps
 * {@code KOTO_LOG_FORMAT=json} to Spring Boot's structured console logging (ECS JSON).
 */
public class KotoEnvironmentAliases implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> aliases = new LinkedHashMap<>();
        String redisUrl = environment.getProperty("KOTO_REDIS_URL");
        if (StringUtils.hasText(redisUrl) && !StringUtils.hasText(environment.getProperty("spring.data.redis.url"))) {
            aliases.put("spring.data.redis.url", redisUrl);
        }
        boolean redis = StringUtils.hasText(redisUrl) || StringUtils.hasText(environment.getProperty("spring.data.redis.url"))
                || StringUtils.hasText(environment.getProperty("spring.data.redis.host"));
        aliases.put("management.health.redis.enabled", redis);
        if ("json".equalsIgnoreCase(environment.getProperty("KOTO_LOG_FORMAT", ""))
                && !StringUtils.hasText(environment.getProperty("logging.structured.format.console"))) {
            aliases.put("logging.structured.format.console", "ecs");
        }
        if (!aliases.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("kotoEnvironmentAliases", aliases));
        }
    }
}
