package com.koto.langpack.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LangPackRepository extends JpaRepository<LangPackRow, String> {
}
