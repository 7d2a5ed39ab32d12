package com.koto.identity.internal;

import com.koto.identity.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    @Query("select a from Account a where lower(a.username) = lower(?1)")
    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);
}
