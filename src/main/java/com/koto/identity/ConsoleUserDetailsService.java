package com.koto.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Console login (form login): ADMIN and TEACHER accounts only. A LEARNER account is refused as if
 * unknown, so the console never admits learners.
 */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    ConsoleUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.entity(username)
                .filter(a -> a.role() != Role.LEARNER)
                .orElseThrow(() -> new UsernameNotFoundException("No console account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
