/**
 * Identity: accounts, roles (ADMIN, TEACHER, LEARNER), password hashing, API tokens (JWT) and the
 * API's security. Public surface: {@link com.koto.identity.Accounts}, {@link com.koto.identity.Role},
 * {@link com.koto.identity.AccountView}, {@link com.koto.identity.TokenClaims}; account administration for admins
 * ({@link com.koto.identity.AccountAdministration}, {@link com.koto.identity.OwnPassword}, the
 * {@link com.koto.identity.AccountLog} of sign-ins and account changes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.koto.identity;
