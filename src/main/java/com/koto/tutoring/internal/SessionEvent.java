package com.koto.tutoring.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a session's append-only log ({@code session_events}; a database trigger refuses
 * updates and deletes). Types: {@code session_started}, {@code activity}, {@code user_input},
 * {@code evaluation}, {@code tutor_response}, {@code session_complete}, {@code session_ended}.
 */
@Entity
@Immutable
@Table(name = "session_events")
public class SessionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "session_id")
    UUID sessionId;
    int seq;
    @Convert(converter = TypeColumn.class)
    SessionEventType type;
    @Column(name = "activity_key")
    String activityKey;
    @Column(name = "client_event_id")
    String clientEventId;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String payload;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String response;
    @Column(name = "created_at")
    Instant createdAt;

    protected SessionEvent() {
    }

    SessionEvent(UUID sessionId, int seq, SessionEventType type, String activityKey, String clientEventId, String payload,
            String response, Instant createdAt) {
        this.sessionId = sessionId;
        this.seq = seq;
        this.type = type;
        this.activityKey = activityKey;
        this.clientEventId = clientEventId;
        this.payload = payload;
        this.response = response;
        this.createdAt = createdAt;
    }

    /** Position in the session's log, from 1. */
    public int seq() {
        return seq;
    }

    public SessionEventType type() {
        return type;
    }

    public String activityKey() {
        return activityKey;
    }

    public String clientEventId() {
        return clientEventId;
    }

    /** The entry's JSON document (its shape depends on {@link #type()}). */
    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Stores a {@link SessionEventType} as its wire name ({@code user_input}, …). */
    @Converter
    static final class TypeColumn implements AttributeConverter<SessionEventType, String> {
        @Override
        public String convertToDatabaseColumn(SessionEventType type) {
            return type == null ? null : type.wireName();
        }

        @Override
        public SessionEventType convertToEntityAttribute(String stored) {
            return stored == null ? null : SessionEventType.fromWire(stored);
        }
    }
}
