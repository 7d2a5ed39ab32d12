package com.koto.identity.internal;

import com.koto.identity.Role;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Paged account search for the admins' account list (kept apart from the login lookups). */
public interface AccountDirectory extends Repository<Account, UUID> {

    @Query("""
            select a from Account a
            where a.role in :roles
              and (lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\')""")
    Page<Account> search(String text, Collection<Role> roles, Pageable page);

    long countByRoleAndEnabledTrue(Role role);
}
