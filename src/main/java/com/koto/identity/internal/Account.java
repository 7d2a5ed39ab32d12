package com.koto.identity.internal;

import com.koto.identity.AccountView;
import com.koto.identity.Role;
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
public class Account {

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

    public Account(String username, String passwordHash, String displayName, Role role, String instructionLang,
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

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Sets the learner-editable profile fields that are not {@code null}. */
    public void updateProfile(String newDisplayName, String newInstructionLang, Instant now) {
        if (newDisplayName != null) {
            this.displayName = newDisplayName;
        }
        if (newInstructionLang != null) {
            this.instructionLang = newInstructionLang;
        }
        this.updatedAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    public AccountView view() {
        return new AccountView(id, username, displayName, role, instructionLang, enabled, createdAt);
    }

    // account administration (AccountAdministration, OwnPassword)

    public String displayName() {
        return displayName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void changePassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        this.updatedAt = now;
    }

    public void changeRole(Role newRole, Instant now) {
        this.role = newRole;
        this.updatedAt = now;
    }

    public void changeEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }
}
