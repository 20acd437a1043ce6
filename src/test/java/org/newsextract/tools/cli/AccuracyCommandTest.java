package org.newsextract.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.Fixtures;

/** The {@code accuracy} command's options: usage errors exit 2; a quick run writes its Markdown. */
class AccuracyCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void anUnknownSetIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, run(new StringWriter(), err, "accuracy", "--sets", "conll,nope"));
        assertTrue(err.toString().contains("unknown set 'nope'"), err.toString());
    }

    @Test
    void zeroDocumentsOrThreadsIsAUsageError() {
        assertEquals(Main.USAGE, run(new StringWriter(), new StringWriter(), "accuracy", "--documents", "0"));
        assertEquals(Main.USAGE, run(new StringWriter(), new StringWriter(), "accuracy", "--threads", "0"));
    }

    @Test
    void aMissingDataFolderIsAFailureNamingTheFile() {
        StringWriter err = new StringWriter();
        assertEquals(Main.FAILURE, run(new StringWriter(), err, "accuracy", "--no-reference", "--sets", "gum",
                "--data", dir.resolve("absent").toString()));
        assertTrue(err.toString().contains("gold.jsonl: no such file"), err.toString());
    }

    @Test
    void aQuickRunPrintsAndWritesTheTables() throws Exception {
        Path data = Fixtures.shared("data");
        Path md = dir.resolve("accuracy.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "accuracy", "--no-reference", "--documents", "2", "--threads", "1",
                "--sets", "conllpp,gum", "--without", "PROPAGATION", "--data", data.toString(), "--markdown", md.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("| CoNLL++ dev | newsextract |"), out.toString());
        assertTrue(out.toString().contains("without PROPAGATION"), out.toString());
        assertTrue(out.toString().contains("| GUM genre |"), out.toString());
        assertTrue(err.toString().contains("accuracy: gum newsextract: 2 documents"), err.toString());
        assertEquals(out.toString(), Files.readString(md));
    }
}
