/**
 * Language packs: per instruction language, the feedback templates, error-category explanations,
 * typical L1 error patterns and prompts the tutor speaks with.
 *
 * <p>API (this package's public types): {@link com.koto.langpack.LangPacks} (reading),
 * {@link com.koto.langpack.LangPackEditor} (the console's editing, records in and out),
 * {@link com.koto.langpack.LangPack} and its records, {@link com.koto.langpack.LangPackRules} and
 * {@link com.koto.langpack.LangPackSamples}. The store, entities, repositories, bundled packs and the pack
 * file reader are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language packs")
package com.koto.langpack;
