/**
 * Language packs: per instruction language, the feedback templates, error-category explanations,
 * typical L1 error patterns and prompts the tutor speaks with. Public surface:
 * {@link com.koto.langpack.LangPacks}, {@link com.koto.langpack.LangPack},
 * {@link com.koto.langpack.ErrorPattern}, {@link com.koto.langpack.internal.LangPackDocuments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language packs")
package com.koto.langpack;
