package com.koto.langpack.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LangPackChangeRepository extends JpaRepository<LangPackChangeRow, UUID> {

    List<LangPackChangeRow> findByCodeOrderByAtDesc(String code);

    List<LangPackChangeRow> findAllByOrderByAtDesc(Pageable page);
}
