package com.koto.evaluation.rules;

import org.junit.jupiter.api.Test;

class ScratchAnalyseS26hTest {
    @Test
    void print() throws Exception {
        for (String s : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/s26h/sent.txt"))) {
            for (SpeechLevels.AnalysedSentence a : SpeechLevels.analysedSentences(s)) {
                StringBuilder b = new StringBuilder("ANA ");
                for (int i = 0; i < a.words().size(); i++) {
                    b.append(a.words().get(i)).append("=");
                    a.analysed().get(i).morphemes().forEach(m -> b.append(m.form()).append("/").append(m.tag()).append("+"));
                    b.append(" [").append(VerbFrames.stem(a.analysed().get(i))).append("]  ");
                }
                System.out.println(b);
            }
        }
    }
}
