package com.koto.evaluation;

import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPacks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Language packs for unit tests without Spring or a database: an Indonesian and an English pack
 * in the shape of {@code lang-packs/ko-*.json}.
 */
public final class TestPacks implements LangPacks {

    public static final LangPack KO_ID = new LangPack("ko-id", "Bahasa Korea untuk penutur Indonesia", "id", "ko",
            "1.0.0",
            Map.of("good_job", "Bagus sekali! {detail}",
                    "good_with_notes", "Benar! Catatan: {detail}",
                    "grammar_error", "Tata bahasa salah. Seharusnya: {correct}",
                    "vocab_error", "Kata yang lebih tepat: {suggestion}",
                    "spelling_error", "Ejaan kurang tepat. Seharusnya: {correct}",
                    "incomplete", "Jawabanmu belum lengkap. Seharusnya: {correct}",
                    "try_again", "Coba lagi. Contoh jawaban: {correct}",
                    "choice_wrong", "Belum tepat. Jawaban yang benar: {correct}"),
            Map.ofEntries(
                    Map.entry("particle_missing", "Partikel hilang: {original} → {correction}"),
                    Map.entry("particle_allomorph", "Bentuk partikel salah: {original} → {correction}"),
                    Map.entry("particle_wrong", "Partikel salah: {original} → {correction}"),
                    Map.entry("honorific", "Bentuk hormat: {original} → {correction}"),
                    Map.entry("ending", "Akhiran: {original} → {correction}"),
                    Map.entry("tense", "Kala: {original} → {correction}"),
                    Map.entry("spelling", "Ejaan: {original} → {correction}"),
                    Map.entry("spacing", "Spasi: {original} → {correction}"),
                    Map.entry("word_order", "Urutan kata: {original} → {correction}"),
                    Map.entry("vocabulary", "Kosakata: {original} → {correction}"),
                    Map.entry("incomplete", "Belum lengkap: {original} → {correction}")),
            List.of(new ErrorPattern("obj-particle-batchim", "particle_allomorph", List.of("을", "를"),
                    "을 atau 를", "Pakai 을 setelah konsonan (밥을) dan 를 setelah vokal (커피를).",
                    "커피을 주세요", "커피를 주세요", 3)),
            Map.of("welcome", "Selamat datang!", "lesson_complete", "Pelajaran selesai! Skor: {score}"));

    public static final LangPack KO_EN = new LangPack("ko-en", "Korean for English speakers", "en", "ko", "1.0.0",
            Map.of("good_job", "Great job! {detail}",
                    "good_with_notes", "Correct! Note: {detail}",
                    "grammar_error", "Grammar error. It should be: {correct}",
                    "vocab_error", "A better word: {suggestion}",
                    "spelling_error", "Check the spelling: {correct}",
                    "incomplete", "Your answer is incomplete: {correct}",
                    "try_again", "Try again. For example: {correct}",
                    "choice_wrong", "Not quite. The answer is: {correct}"),
            Map.ofEntries(
                    Map.entry("particle_missing", "Missing particle: {original} → {correction}"),
                    Map.entry("particle_allomorph", "Wrong particle form: {original} → {correction}"),
                    Map.entry("particle_wrong", "Wrong particle: {original} → {correction}"),
                    Map.entry("honorific", "Honorific: {original} → {correction}"),
                    Map.entry("ending", "Ending: {original} → {correction}"),
                    Map.entry("tense", "Tense: {original} → {correction}"),
                    Map.entry("spelling", "Spelling: {original} → {correction}"),
                    Map.entry("spacing", "Spacing: {original} → {correction}"),
                    Map.entry("word_order", "Word order: {original} → {correction}"),
                    Map.entry("vocabulary", "Vocabulary: {original} → {correction}"),
                    Map.entry("incomplete", "Incomplete: {original} → {correction}")),
            List.of(),
            Map.of("welcome", "Welcome!", "lesson_complete", "Lesson complete! Score: {score}"));

    @Override
    public LangPack forInstructionLang(String instructionLang) {
        return "id".equals(instructionLang) ? KO_ID : KO_EN;
    }

    @Override
    public Optional<LangPack> byCode(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public List<LangPack> all() {
        return List.of(KO_EN, KO_ID);
    }
}
