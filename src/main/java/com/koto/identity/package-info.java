/**
 * Identity: accounts, roles (ADMIN, TEACHER, LEARNER), password hashing, API tokens (JWT) and the
 * API's security.
 *
 * <p>API (this package's public types): {@link com.koto.identity.Accounts}, {@link com.koto.identity.Role},
 * {@link com.koto.identity.AccountView}, {@link com.koto.identity.TokenClaims}; account administration for admins
 * ({@link com.koto.identity.AccountAdministration}, {@link com.koto.identity.OwnPassword}, the
 * {@link com.koto.identity.AccountLog} of sign-ins and account changes). Entities, repositories, tokens, the
 * endpoints, the security chain and the console's sign-in lookup are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.koto.identity;
