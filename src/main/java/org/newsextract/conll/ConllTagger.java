package org.newsextract.conll;

import java.util.Arrays;
import java.util.List;

import org.newsextract.Engine;
import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.NewsExtractor;
import org.newsextract.Token;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.text.TokenizedText;

/**
 * Tags a CoNLL document with the full pipeline, as {@code ../shared/contracts/conll-tagging.md}
 * specifies: every line unchanged plus an IOB2 tag column (PER, LOC, ORG; nothing else).
 */
public final class ConllTagger {
    private final NewsExtractor extractor;
    private final Pipeline pipeline;
    private final NameTagger bare;

    /** @param extractor the extractor whose engine and resolution are scored */
    public ConllTagger(NewsExtractor extractor) {
        this(extractor, null, null);
    }

    /** @param pipeline a pipeline with some rules switched off (ablation) */
    public ConllTagger(Pipeline pipeline) {
        this(null, pipeline, null);
    }

    private ConllTagger(NewsExtractor extractor, Pipeline pipeline, NameTagger bare) {
        this.extractor = extractor;
        this.pipeline = pipeline;
        this.bare = bare;
    }

    /**
     * Returns a tagger that runs only an engine's bare name tagger, one sentence at a time, with
     * no document-level resolution and MISC dropped: the raw engine that the pipeline is compared with.
     */
    public static ConllTagger raw(Engine engine) {
        return new ConllTagger(null, null, Engines.tagger(engine, null));
    }

    /** Returns the IOB2 tags of the document's tokens, in reading order. */
    public String[] tags(ConllDocument doc) {
        if (bare != null) {
            return bareTags(doc);
        }
        Extraction x = extractor != null ? extractor.extractTokenized(null, doc.sentences())
                : pipeline.extract(null, Pipeline.fromTokens(doc.sentences()));
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

    private String[] bareTags(ConllDocument doc) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> sentence : doc.sentences()) {
            String[] tags = new String[sentence.size()];
            Arrays.fill(tags, "O");
            List<String> words = sentence.stream().map(TokenizedText::normalizeWord).toList();
            for (NameSpan span : bare.tag(words)) {
                span.label().entityType().ifPresent(type -> {
                    for (int t = span.start(); t < span.end(); t++) {
                        tags[t] = (t == span.start() ? "B-" : "I-") + type.conllTag();
                    }
                });
            }
            out.addAll(Arrays.asList(tags));
        }
        return out.toArray(new String[0]);
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
