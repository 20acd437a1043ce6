package org.newsextract.conll;

import java.util.Arrays;
import java.util.List;

import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.NewsExtractor;
import org.newsextract.Token;

/**
 * Tags a CoNLL document with the full pipeline, as {@code ../shared/contracts/conll-tagging.md}
 * specifies: every line unchanged plus an IOB2 tag column (PER, LOC, ORG; nothing else).
 */
public final class ConllTagger {
    private final NewsExtractor extractor;

    /** @param extractor the extractor whose engine and resolution are scored */
    public ConllTagger(NewsExtractor extractor) {
        this.extractor = extractor;
    }

    /** Returns the IOB2 tags of the document's tokens, in reading order. */
    public String[] tags(ConllDocument doc) {
        Extraction x = extractor.extractTokenized(null, doc.sentences());
        String[] tags = new String[x.tokens().size()];
        Arrays.fill(tags, "O");
        List<Token> tokens = x.tokens();
        for (Entity e : x.entities()) {
            String type = e.type().conllTag();
            for (Mention m : e.mentions()) {
                int first = tokenAt(tokens, m.start());
                boolean begin = true;
                for (int t = first; t < tokens.size() && tokens.get(t).start() < m.end(); t++) {
                    tags[t] = (begin ? "B-" : "I-") + type;
                    begin = false;
                }
            }
        }
        return tags;
    }

    /** Returns the document's lines with the tag column added (blank and DOCSTART lines unchanged). */
    public List<String> tagLines(ConllDocument doc) {
        String[] tags = tags(doc);
        String[] lines = doc.lines().toArray(new String[0]);
        for (int i = 0; i < tags.length; i++) {
            int line = doc.tokenLine().get(i);
            lines[line] = lines[line] + " " + tags[i];
        }
        return Arrays.asList(lines);
    }

    private static int tokenAt(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s < start) {
                lo = mid + 1;
            } else if (s > start) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("no token starts at offset " + start);
    }
}
