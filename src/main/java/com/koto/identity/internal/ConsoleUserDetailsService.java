package com.koto.identity.internal;

import com.koto.identity.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Console login (form login): ADMIN and TEACHER accounts only. A LEARNER account is refused as if
 * unknown, so the console never admits learners.
 */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    ConsoleUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.trim())
                .filter(a -> a.role() != Role.LEARNER)
                .orElseThrow(() -> new UsernameNotFoundException("No console account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
