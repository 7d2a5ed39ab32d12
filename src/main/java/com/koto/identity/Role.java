package com.koto.identity;

/** What an account may do. ADMIN and TEACHER use the console; LEARNER uses the API (Unity client). */
public enum Role {
    ADMIN, TEACHER, LEARNER;

    /** Spring Security authority name, e.g. {@code ROLE_TEACHER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
