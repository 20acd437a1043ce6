package org.newsextract.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.Fixtures;
import org.newsextract.tools.cli.CliTestAccess;

/**
 * The accuracy the README states: {@code tag --conll} over CoNLL-2003 dev (eng.testa), scored
 * exact-span on PER/LOC/ORG. Skips when ../shared is absent.
 */
class ConllEvaluationTest {
    /** The F1 the README reports, less a hair for floating point; a drop below it fails the build. */
    static final double REPORTED_F1 = 95.25;

    @TempDir
    Path dir;

    @Test
    void tagConllOnDevReachesTheReportedF1() throws Exception {
        Path gold = Fixtures.shared("data/conll2003/eng.testa");
        Path tagged = dir.resolve("eng.testa.tagged");
        int code = CliTestAccess.run("tag", "--conll", gold.toString(), tagged.toString());
        assertEquals(0, code);
        List<String> in = Files.readAllLines(gold);
        List<String> out = Files.readAllLines(tagged);
        assertEquals(in.size(), out.size(), "one output line per input line");
        ConllScorer scorer = new ConllScorer();
        List<String> g = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (int i = 0; i <= out.size(); i++) {
            String line = i < out.size() ? out.get(i) : "";
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (i < out.size()) {
                    assertEquals(in.get(i), line, "blank and DOCSTART lines are copied unchanged");
                }
                scorer.add(g, p);
                g.clear();
                p.clear();
                continue;
            }
            assertTrue(line.startsWith(in.get(i) + " "), "input line kept: " + line);
            String[] cols = line.split(" ");
            g.add(cols[cols.length - 2]);
            p.add(cols[cols.length - 1]);
        }
        System.out.print(scorer.report());
        assertEquals(5020, scorer.counts(null)[2], "gold PER/LOC/ORG spans in eng.testa");
        assertTrue(scorer.f1(null) >= REPORTED_F1 - 0.005, "F1 " + scorer.f1(null) + " < " + REPORTED_F1);
    }
}
