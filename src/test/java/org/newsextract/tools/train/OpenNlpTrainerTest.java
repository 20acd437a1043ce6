package org.newsextract.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.opennlp.OpenNlpNameTagger;
import org.newsextract.tools.eval.ConllDocument;

/** Training on a tiny CoNLL sample, without ../shared. */
class OpenNlpTrainerTest {
    @Test
    void readsIob1AndIob2Names() {
        Set<String> types = Set.of("PER", "LOC", "ORG");
        String[] iob1 = {"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-MISC"};
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(2, 3, "PER"), new Span(4, 5, "LOC"), new Span(5, 6, "ORG")),
                Arrays.asList(OpenNlpTrainer.spans(iob1, types)));
        String[] iob2 = {"B-LOC", "I-LOC", "O", "B-ORG", "B-ORG"};
        assertEquals(List.of(new Span(0, 2, "LOC"), new Span(3, 4, "ORG"), new Span(4, 5, "ORG")),
                Arrays.asList(OpenNlpTrainer.spans(iob2, types)));
    }

    @Test
    void trainsAModelThatTagsWhatItLearned() throws Exception {
        StringBuilder conll = new StringBuilder();
        String[][] people = {{"Helmut", "Kohl"}, {"Boris", "Yeltsin"}, {"Jacques", "Chirac"}, {"John", "Major"}};
        String[] places = {"Bonn", "Moscow", "Paris", "London"};
        for (int d = 0; d < 12; d++) {
            conll.append("-DOCSTART- -X- O O\n\n");
            for (int i = 0; i < people.length; i++) {
                String[] p = people[(i + d) % people.length];
                conll.append(p[0]).append(" NNP I-NP I-PER\n").append(p[1]).append(" NNP I-NP I-PER\n")
                        .append("arrived VBD I-VP O\nin IN I-PP O\n")
                        .append(places[(i + 2 * d) % places.length]).append(" NNP I-NP I-LOC\n. . O O\n\n");
            }
        }
        List<ConllDocument> docs = ConllDocument.readAll(new BufferedReader(new StringReader(conll.toString())));
        OpenNlpTrainer.Options options = new OpenNlpTrainer.Options(Set.of("PER", "LOC"), "MAXENT", 30, 0, 1, false,
                OpenNlpTrainer.Options.defaultFeatures());
        TokenNameFinderModel model = new OpenNlpTrainer(options).train(docs);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OpenNlpTrainer.write(model, bytes);
        TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

        List<NameSpan> names = new OpenNlpNameTagger(reloaded)
                .tagSentences(List.of(List.of("Boris", "Yeltsin", "arrived", "in", "London", ".")));
        List<String> got = new ArrayList<>();
        for (NameSpan n : names) {
            got.add(n.start() + "-" + n.end() + " " + n.label());
        }
        assertEquals(List.of("0-2 PER", "4-5 LOC"), got);
        assertTrue(names.stream().allMatch(n -> n.label() != NameLabel.ORG));
    }

    @Test
    void refusesDataWithoutNamesOfTheTypes() throws Exception {
        List<ConllDocument> docs = ConllDocument.readAll(new BufferedReader(new StringReader(
                "Hello UH O O\nworld NN O O\n")));
        OpenNlpTrainer.Options options = new OpenNlpTrainer.Options(Set.of("PER"), "MAXENT", 5, 0, 1, false,
                OpenNlpTrainer.Options.defaultFeatures());
        assertThrows(IllegalArgumentException.class, () -> new OpenNlpTrainer(options).train(docs));
    }
}
