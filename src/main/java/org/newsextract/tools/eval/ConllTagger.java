package org.newsextract.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsextract.Engine;
import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.NewsExtractor;
import org.newsextract.Token;
import org.newsextract.nlp.DocumentEntity;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;
import org.newsextract.pipeline.EngineKind;
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
        return new ConllTagger(null, null, Engines.tagger(EngineKind.named(engine.name()), null));
    }

    /** Returns the IOB2 tags of the document's tokens, in reading order. */
    public String[] tags(ConllDocument doc) {
        if (bare != null) {
            return bareTags(doc);
        }
        List<Name> names = new ArrayList<>();
        int[] starts;
        if (extractor != null) {
            Extraction x = extractor.extractTokenized(null, doc.sentences());
            starts = x.tokens().stream().mapToInt(Token::start).toArray();
            for (Entity e : x.entities()) {
                for (Mention m : e.mentions()) {
                    names.add(new Name(e.type().conllTag(), m.start(), m.end()));
                }
            }
        } else {
            TokenizedText t = Pipeline.fromTokens(doc.sentences());
            starts = new int[t.tokenCount()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = t.start(i);
            }
            for (DocumentEntity e : pipeline.entities(t)) {
                for (DocumentEntity.Mention m : e.mentions()) {
                    names.add(new Name(e.type().name(), m.start(), m.end())); // PER, LOC, ORG: the CoNLL tags
                }
            }
        }
        String[] tags = new String[starts.length];
        Arrays.fill(tags, "O");
        for (Name name : names) {
            int first = tokenAt(starts, name.start());
            boolean begin = true;
            for (int t = first; t < starts.length && starts[t] < name.end(); t++) {
                tags[t] = (begin ? "B-" : "I-") + name.tag();
                begin = false;
            }
        }
        return tags;
    }

    /** A mention to tag: its CoNLL type and character offsets. */
    private record Name(String tag, int start, int end) {
    }

    private String[] bareTags(ConllDocument doc) {
        List<String> out = new ArrayList<>();
        for (List<String> sentence : doc.sentences()) {
            String[] tags = new String[sentence.size()];
            Arrays.fill(tags, "O");
            List<String> words = sentence.stream().map(TokenizedText::normalizeWord).toList();
            for (NameSpan span : bare.tag(words)) {
                if (span.label().isEntityType()) {
                    for (int t = span.start(); t < span.end(); t++) {
                        tags[t] = (t == span.start() ? "B-" : "I-") + span.label().name();
                    }
                }
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

    private static int tokenAt(int[] starts, int start) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = starts[mid];
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
