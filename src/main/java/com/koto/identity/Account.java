package com.koto.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account row ({@code accounts}). */
@Entity
@Table(name = "accounts")
class Account {

    @Id
    private UUID id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "instruction_lang")
    private String instructionLang;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    /** Region of the deployment the account was created in ({@code koto.region.code}); {@code null}: none configured. */
    private String region;

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Role role, String instructionLang,
            String region, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.instructionLang = instructionLang;
        this.region = region;
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    /** Sets the learner-editable profile fields that are not {@code null}. */
    void updateProfile(String newDisplayName, String newInstructionLang, Instant now) {
        if (newDisplayName != null) {
            this.displayName = newDisplayName;
        }
        if (newInstructionLang != null) {
            this.instructionLang = newInstructionLang;
        }
        this.updatedAt = now;
    }

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    AccountView view() {
        return new AccountView(id, username, displayName, role, instructionLang, enabled, createdAt);
    }

    // account administration (AccountAdministration, OwnPassword)

    String displayName() {
        return displayName;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void changePassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        this.updatedAt = now;
    }

    void changeRole(Role newRole, Instant now) {
        this.role = newRole;
        this.updatedAt = now;
    }

    void changeEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }
}
