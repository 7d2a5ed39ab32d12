package com.koto.identity.internal;

import com.koto.identity.AccountAction;
import com.koto.identity.AccountActivity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code account_events} (append-only). */
@Entity
@Table(name = "account_events")
public class AccountEvent {

    @Id
    private UUID id;
    private Instant at;
    private String actor;
    private String subject;
    @Enumerated(EnumType.STRING)
    private AccountAction action;
    private String details;

    protected AccountEvent() {
    }

    public AccountEvent(Instant at, String actor, String subject, AccountAction action, String details) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = clip(actor, 40);
        this.subject = clip(subject, 40);
        this.action = action;
        this.details = clip(details, 200);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }

    public AccountActivity view() {
        return new AccountActivity(at, actor, subject, action, details);
    }
}
