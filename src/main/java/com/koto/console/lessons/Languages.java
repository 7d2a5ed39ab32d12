package com.koto.console.lessons;

import com.koto.langpack.LangPackEditor;
import com.koto.langpack.LangPackInfo;
import java.util.List;

/** The instruction languages lessons can be written for: one per installed language pack. */
final class Languages {

    private Languages() {
    }

    static List<String> available(LangPackEditor packs) {
        List<String> langs = packs.packs().stream().map(LangPackInfo::instructionLang).distinct().toList();
        return langs.isEmpty() ? List.of("en") : langs;
    }
}
