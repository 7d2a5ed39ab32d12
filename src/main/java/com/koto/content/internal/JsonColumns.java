package com.koto.content.internal;

import com.koto.platform.JsonSchemaDocument;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Hibernate writes {@code @JdbcTypeCode(SqlTypes.JSON)} columns: with the snake_case mapper of
 * the lesson and language-pack files ({@link JsonSchemaDocument#MAPPER}), so a draft's stages and a
 * published version's document are stored exactly in the lesson file format's names
 * ({@code tutor_line}, {@code accepted_answers}). Hibernate has one JSON format mapper per
 * persistence unit, so this applies to every JSON column of the application.
 */
@Configuration(proxyBeanMethods = false)
class JsonColumns {

    @Bean
    HibernatePropertiesCustomizer snakeCaseJsonColumns() {
        return properties -> properties.put(AvailableSettings.JSON_FORMAT_MAPPER,
                new Jackson3JsonFormatMapper(JsonSchemaDocument.MAPPER));
    }
}
