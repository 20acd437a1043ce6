package org.newsextract.tools.eval;

import java.nio.file.Path;
import java.util.Locale;

/** The evaluation sets of {@code ../shared/data}, each a file under the data folder. */
public enum DataSet {
    /** CoNLL-2003 English dev (Reuters, 1996), 4 columns, IOB1. */
    CONLL("CoNLL-2003 dev", "conll2003/eng.testa"),
    /** CoNLL++ dev (66 Reuters articles, December 2020): token, start, end, tag. */
    CONLLPP("CoNLL++ dev", "conllpp/conllpp.dev.txt"),
    /** wikigold (145 Wikipedia articles): token, tag. */
    WIKIGOLD("wikigold", "wikigold/wikigold.conll.txt"),
    /** GUM (84 documents, five genres): raw text with gold document-level entities. */
    GUM("GUM", "gum/gold.jsonl");

    private final String title;
    private final String relative;

    DataSet(String title, String relative) {
        this.title = title;
        this.relative = relative;
    }

    /** Returns the name shown in tables, e.g. {@code "CoNLL++ dev"}. */
    public String title() {
        return title;
    }

    /** Returns the name used on the command line, e.g. {@code "conllpp"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the file's path relative to the data folder, e.g. {@code "conllpp/conllpp.dev.txt"}. */
    public String relativePath() {
        return relative;
    }

    /** Returns the file under a data folder (such as {@code ../shared/data}). */
    public Path file(Path dataDir) {
        return dataDir.resolve(relative);
    }

    /** Returns whether the set is CoNLL column format (scored by token tags), not GUM JSON lines. */
    public boolean isConll() {
        return this != GUM;
    }

    /**
     * Returns the set of a command-line name, ignoring case.
     *
     * @throws IllegalArgumentException naming the known sets if there is none of that name
     */
    public static DataSet ofKey(String key) {
        for (DataSet s : values()) {
            if (s.key().equalsIgnoreCase(key.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown set '" + key + "' (known: conll, conllpp, wikigold, gum)");
    }
}
