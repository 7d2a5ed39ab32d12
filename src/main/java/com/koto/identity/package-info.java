/**
 * Identity: accounts, roles (ADMIN, TEACHER, LEARNER), password hashing, API tokens (JWT) and the
 * API's security. Public surface: {@link com.koto.identity.Accounts}, {@link com.koto.identity.Role},
 * {@link com.koto.identity.AccountView}, {@link com.koto.identity.TokenClaims}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.koto.identity;
