package org.newsextract.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.Engine;
import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.NewsExtractor;
import org.newsextract.tools.cli.Main;

/** The OpenNLP engine end to end: the API, the JSON and the CLI, on the shipped models. */
class OpenNlpEngineTest {
    static final NewsExtractor OPENNLP = NewsExtractor.builder().engine(Engine.OPENNLP).threads(2).build();

    static final String TEXT = "German Chancellor Helmut Kohl met Boris Yeltsin in Moscow on Tuesday.\n"
            + "The European Union said Kohl would fly on to Paris, where Renault workers were on strike.";

    @Test
    void findsPeoplePlacesAndOrganizations() {
        Extraction x = OPENNLP.extract("doc", TEXT);
        assertEquals(Engine.OPENNLP, OPENNLP.engine());
        assertEquals(List.of("Helmut Kohl", "Boris Yeltsin"), x.people().stream().map(Entity::name).toList());
        assertEquals(List.of("Moscow", "Paris"), x.places().stream().map(Entity::name).toList());
        assertTrue(x.organizations().stream().anyMatch(e -> e.name().equals("European Union")), x.organizations().toString());
        Entity kohl = x.people().get(0);
        assertEquals(2, kohl.mentions().size(), "the surname alone is the same person");
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), TEXT.substring(m.start(), m.end()), "offsets point into the text");
                assertTrue(m.confidence() > 0 && m.confidence() <= 1);
            }
        }
        assertEquals(2, x.sentences().size());
    }

    @Test
    void jsonHasTheSameEntities() {
        String json = OPENNLP.extract("doc", TEXT).toJson();
        assertTrue(json.contains("\"schema\" : \"newsextract/1\"") || json.contains("\"schema\":\"newsextract/1\""), json);
        assertTrue(json.contains("\"Helmut Kohl\""), json);
        assertTrue(json.contains("\"Moscow\""), json);
        assertTrue(json.contains("\"id\" : \"doc\"") || json.contains("\"id\":\"doc\""), json);
    }

    @Test
    void tokenizerKeepsHyphenatedNamesAndSplitsClitics() {
        String text = "Bashar al-Assad’s forces don't hold U.S.-backed towns.";
        Extraction x = OPENNLP.extract(text);
        List<String> tokens = x.tokens().stream().map(t -> t.text()).toList();
        assertEquals(List.of("Bashar", "al-Assad", "’s", "forces", "do", "n't", "hold", "U.S.-backed", "towns", "."),
                tokens);
    }

    @Test
    void blankTextGivesAnEmptyExtraction() {
        assertTrue(OPENNLP.extract("  \n ").entities().isEmpty());
    }

    @Test
    void cliTagsConllWithTheOpenNlpEngine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.conll");
        Files.writeString(in, "-DOCSTART- -X- O O\n\nHelmut NNP I-NP I-PER\nKohl NNP I-NP I-PER\nvisited VBD I-VP O\n"
                + "Moscow NNP I-NP I-LOC\n. . O O\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.conll");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"tag", "--conll", "--engine", "opennlp", in.toString(), out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("-DOCSTART- -X- O O", "", "Helmut NNP I-NP I-PER B-PER", "Kohl NNP I-NP I-PER I-PER",
                "visited VBD I-VP O O", "Moscow NNP I-NP I-LOC B-LOC", ". . O O O"), lines);
    }
}
