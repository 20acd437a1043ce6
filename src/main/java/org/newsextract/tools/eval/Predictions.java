package org.newsextract.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.json.CodePoints;
import org.newsextract.nlp.DocumentEntity;

/** Turns each system's output into {@link DocEntity}s with code point offsets, for {@link GumScorer}. */
public final class Predictions {
    private Predictions() {
    }

    /**
     * Returns newsextract's people, places and organizations: each entity with its name and all
     * its mentions, UTF-16 offsets converted to code points.
     */
    public static List<DocEntity> of(Extraction extraction) {
        CodePoints cp = new CodePoints(extraction.text());
        List<DocEntity> out = new ArrayList<>();
        for (Entity e : extraction.entities()) {
            List<DocEntity.Span> spans = new ArrayList<>();
            for (Mention m : e.mentions()) {
                spans.add(new DocEntity.Span(cp.toCodePoint(m.start()), cp.toCodePoint(m.end())));
            }
            out.add(new DocEntity(e.type(), e.name(), spans));
        }
        return out;
    }

    /**
     * Returns the entities of the internal pipeline (a pipeline with rules switched off, which
     * the public API cannot build), converted as {@link #of(Extraction)} converts the public ones.
     *
     * @param text     the document text
     * @param entities the pipeline's entities, mention offsets into {@code text}
     */
    public static List<DocEntity> of(String text, List<DocumentEntity> entities) {
        CodePoints cp = new CodePoints(text);
        List<DocEntity> out = new ArrayList<>();
        for (DocumentEntity e : entities) {
            List<DocEntity.Span> spans = new ArrayList<>();
            for (DocumentEntity.Mention m : e.mentions()) {
                spans.add(new DocEntity.Span(cp.toCodePoint(m.start()), cp.toCodePoint(m.end())));
            }
            out.add(new DocEntity(EvalSystem.typeOf(e.type().name()), e.name(), spans));
        }
        return out;
    }

    /**
     * A mention of a system without document-level entities.
     *
     * @param start first UTF-16 index into the text
     * @param end   one past the last UTF-16 index
     * @param type  the mention's type
     */
    public record FlatMention(int start, int end, EntityType type) {
    }

    /**
     * Groups a system's mentions into entities, as raw CoreNLP without coreference has none: one
     * entity per distinct (exact surface string, type) in the document, named by that string, in
     * order of first mention; UTF-16 offsets converted to code points.
     */
    public static List<DocEntity> grouped(String text, List<FlatMention> mentions) {
        CodePoints cp = new CodePoints(text);
        record Key(String surface, EntityType type) {
        }
        Map<Key, List<DocEntity.Span>> groups = new LinkedHashMap<>();
        for (FlatMention m : mentions) {
            groups.computeIfAbsent(new Key(text.substring(m.start(), m.end()), m.type()), k -> new ArrayList<>())
                    .add(new DocEntity.Span(cp.toCodePoint(m.start()), cp.toCodePoint(m.end())));
        }
        List<DocEntity> out = new ArrayList<>();
        groups.forEach((k, spans) -> out.add(new DocEntity(k.type(), k.surface(), spans)));
        return out;
    }
}
