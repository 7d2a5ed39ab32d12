package com.koto.platform;

/**
 * One step of first-start seeding: data a fresh database needs (the first administrator, the bundled language
 * packs) or demo data. Modules implement it as a bean; {@link Seeding} runs every step once at start, in the order
 * of {@link Stage}, each under its cluster lock, before the application reports itself ready. A step must be
 * idempotent (it runs at every start and skips what is there).
 */
public interface SeedStep {

    /**
     * The seeding steps in the order they run: the one list of start-up seeding. A later stage may rely on the
     * earlier ones. Each stage has at most one step.
     */
    enum Stage {
        /** identity: the first administrator, so that someone can sign in to the console. */
        ACCOUNTS("koto:seed:admin"),
        /** langpack: the language packs shipped in {@code lang-packs/}, whose rules lessons and evaluation use. */
        LANGUAGE_PACKS("koto:seed:lang-packs"),
        /** content: the demo lessons, imported and published as the system author (after the packs they cite). */
        DEMO_LESSONS("koto:seed:demo-lessons"),
        /** progress, when asked: the read models rebuilt from the session log, then demo learners playing. */
        PROGRESS("koto:seed:progress");

        private final String lock;

        Stage(String lock) {
            this.lock = lock;
        }

        /** Name of the cluster lock the step runs under (instances starting together on a fresh database). */
        public String lock() {
            return lock;
        }
    }

    /** Where this step runs. */
    Stage stage();

    /** Seeds what is missing. Runs under the stage's cluster lock; exceptions stop the application's start. */
    void seed();
}
