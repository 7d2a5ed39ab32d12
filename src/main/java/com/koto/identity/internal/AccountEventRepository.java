package com.koto.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountEventRepository extends JpaRepository<AccountEvent, UUID> {

    List<AccountEvent> findByOrderByAtDesc(Pageable page);
}
