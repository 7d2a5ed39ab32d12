package com.koto.langpack;

import org.springframework.data.jpa.repository.JpaRepository;

interface LangPackRepository extends JpaRepository<LangPackRow, String> {
}
