package com.koto.content;

import com.koto.platform.JsonSchemaDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The authors' lesson list, filtered, sorted and paged in PostgreSQL (one query per page, one
 * count; the draft's stages are counted there, never loaded). Teachers and admins.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class LessonSearch {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient db;

    LessonSearch(JdbcClient db) {
        this.db = db;
    }

    /**
     * What to list: each part that is {@code null} (or a blank text) does not filter.
     *
     * @param text     part of the slug or of the title in any language, case-insensitive
     * @param cefr     CEFR level, A1 … C2
     * @param topik    TOPIK level, 1 … 6
     * @param status   lesson status
     * @param language an instruction language the lesson is written for
     */
    public record Filter(String text, String cefr, Integer topik, LessonStatus status, String language) {

        /** Lists everything. */
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** The orders the list offers; ties are broken by slug. */
    public enum Order {
        SLUG("slug"),
        LEVEL("topik_level, cefr_level"),
        STATUS("status"),
        VERSION("latest_version"),
        UPDATED("updated_at");

        private final String columns;

        Order(String columns) {
            this.columns = columns;
        }
    }

    /**
     * One page of the list.
     *
     * @param offset     rows to skip, ≥ 0
     * @param limit      rows to return, ≥ 1
     * @param order      sort order
     * @param descending newest / highest first
     */
    @Transactional(readOnly = true)
    public List<LessonListItem> page(Filter filter, int offset, int limit, Order order, boolean descending) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String direction = descending ? " desc" : "";
        String orderBy = (order.columns + ",").replace(",", direction + ",") + " slug";
        params.add(limit);
        params.add(offset);
        return db.sql("""
                select id, slug, status, title, cefr_level, topik_level, instruction_langs, latest_version,
                       jsonb_array_length(stages) as stage_count,
                       (select count(*) from jsonb_array_elements(stages) s,
                               jsonb_array_elements(s -> 'activities')) as activity_count,
                       updated_at, updated_by, unpublished_changes
                from lessons""" + where + " order by " + orderBy + " limit ? offset ?")
                .params(params).query(LessonSearch::item).list();
    }

    /** How many lessons the filter lists. */
    @Transactional(readOnly = true)
    public int count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return db.sql("select count(*) from lessons" + where).params(params).query(Integer.class).single();
    }

    /** The instruction languages lessons are written for, in code order. */
    @Transactional(readOnly = true)
    public List<String> languages() {
        return db.sql("select distinct jsonb_array_elements_text(instruction_langs) as lang from lessons order by lang")
                .query(String.class).list();
    }

    private static String where(Filter f, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip().toLowerCase(Locale.ROOT);
            conditions.add("(strpos(slug, ?) > 0 or exists (select 1 from jsonb_each_text(title) t "
                    + "where strpos(lower(t.value), ?) > 0))");
            params.add(text);
            params.add(text);
        }
        if (f.cefr() != null) {
            conditions.add("cefr_level = ?");
            params.add(f.cefr());
        }
        if (f.topik() != null) {
            conditions.add("topik_level = ?");
            params.add(f.topik());
        }
        if (f.status() != null) {
            conditions.add("status = ?");
            params.add(f.status().code());
        }
        if (f.language() != null) {
            conditions.add("instruction_langs @> jsonb_build_array(?::text)");
            params.add(f.language());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static LessonListItem item(ResultSet rs, int row) throws SQLException {
        Integer latest = rs.getObject("latest_version", Integer.class);
        return new LessonListItem(rs.getObject("id", UUID.class), rs.getString("slug"),
                LessonStatus.of(rs.getString("status")),
                new LinkedHashMap<>(JsonSchemaDocument.MAPPER.readValue(rs.getString("title"), TEXTS)),
                new LessonDocument.Level(rs.getString("cefr_level"), rs.getInt("topik_level")),
                JsonSchemaDocument.MAPPER.readValue(rs.getString("instruction_langs"), STRINGS), latest,
                rs.getInt("stage_count"), rs.getInt("activity_count"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getBoolean("unpublished_changes"));
    }
}
