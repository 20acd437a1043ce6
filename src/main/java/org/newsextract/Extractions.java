package org.newsextract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsextract.nlp.DocumentEntity;
import org.newsextract.nlp.NameLabel;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.quotes.FoundQuote;
import org.newsextract.quotes.FoundReported;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.quotes.SpeakerRef;
import org.newsextract.quotes.TextRange;
import org.newsextract.text.TokenizedText;

/**
 * Makes the public values from what the internal pipeline found: the one place where internal
 * types become API types. Entities get their ids here ({@code p1}, {@code l1}, {@code o1}: per
 * type, in the pipeline's order), and speakers refer to them by those ids.
 */
final class Extractions {
    private Extractions() {
    }

    /**
     * Returns the extraction of an analysed document.
     *
     * @param id            the caller's document id, or null
     * @param a             the pipeline's analysis
     * @param minConfidence the least confidence of a reported speech kept (0: all)
     */
    static Extraction of(String id, Pipeline.Analysis a, double minConfidence) {
        TokenizedText doc = a.doc();
        List<Entity> entities = entities(a.entities());
        List<Quote> quotes = new ArrayList<>(a.quotes().size());
        for (QuoteExtractor.Result r : a.quotes()) {
            FoundQuote q = r.quote();
            quotes.add(new Quote(q.start(), q.end(), q.text(), kind(q), speaker(q.speaker(), entities),
                    span(q.cue())));
        }
        if (a.reported() == null) {
            return new Extraction(id, doc.text(), tokens(doc), sentences(doc), entities, quotes);
        }
        List<ReportedSpeech> reported = new ArrayList<>(a.reported().size());
        for (QuoteExtractor.ReportedResult r : a.reported()) {
            if (r.confidence() < minConfidence) {
                continue;
            }
            FoundReported s = r.speech();
            reported.add(new ReportedSpeech(s.start(), s.end(), s.text(), speaker(s.speaker(), entities), span(s.cue()),
                    r.confidence()));
        }
        return new Extraction(id, doc.text(), tokens(doc), sentences(doc), entities, quotes, reported);
    }

    /** Returns the public entities, numbered per type in the given order. */
    static List<Entity> entities(List<DocumentEntity> found) {
        int[] next = new int[EntityType.values().length];
        List<Entity> out = new ArrayList<>(found.size());
        for (DocumentEntity e : found) {
            EntityType type = type(e.type());
            List<Mention> mentions = new ArrayList<>(e.mentions().size());
            for (DocumentEntity.Mention m : e.mentions()) {
                mentions.add(new Mention(m.start(), m.end(), m.text(), m.confidence()));
            }
            String id = type.idPrefix() + (++next[type.ordinal()]);
            out.add(new Entity(id, type, e.name(), e.aliases(), mentions, placeKind(e.kind())));
        }
        return out;
    }

    /** Returns the public entity type of a resolved entity's label. */
    static EntityType type(NameLabel label) {
        return switch (label) {
            case PER -> EntityType.PERSON;
            case LOC -> EntityType.PLACE;
            case ORG -> EntityType.ORGANIZATION;
            case MISC -> throw new IllegalArgumentException("MISC names are not entities");
        };
    }

    private static PlaceKind placeKind(org.newsextract.nlp.PlaceKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case CITY -> PlaceKind.CITY;
            case COUNTRY -> PlaceKind.COUNTRY;
            case STATE_OR_PROVINCE -> PlaceKind.STATE_OR_PROVINCE;
            case REGION -> PlaceKind.REGION;
            case OTHER -> PlaceKind.OTHER;
        };
    }

    private static QuoteKind kind(FoundQuote q) {
        return switch (q.kind()) {
            case DIRECT -> QuoteKind.DIRECT;
            case PARTIAL -> QuoteKind.PARTIAL;
        };
    }

    private static Optional<Speaker> speaker(Optional<SpeakerRef> found, List<Entity> entities) {
        return found.map(s -> new Speaker(new TextSpan(s.mention().start(), s.mention().end(), s.mention().text()),
                s.resolved() ? Optional.of(entities.get(s.entity()).id()) : Optional.empty(), s.name()));
    }

    private static Optional<TextSpan> span(Optional<TextRange> range) {
        return range.map(r -> new TextSpan(r.start(), r.end(), r.text()));
    }

    /** Returns the tokens as a compact list over the text. */
    static List<Token> tokens(TokenizedText doc) {
        int n = doc.tokenCount();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int t = 0; t < n; t++) {
            starts[t] = doc.start(t);
            ends[t] = doc.end(t);
        }
        return new TokenList(doc.text(), starts, ends);
    }

    /** Returns the sentences as public values. */
    static List<Sentence> sentences(TokenizedText doc) {
        List<Sentence> out = new ArrayList<>(doc.sentenceCount());
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int first = doc.sentenceStart(s);
            int last = doc.sentenceEnd(s) - 1;
            out.add(new Sentence(doc.start(first), doc.end(last), first, last - first + 1));
        }
        return out;
    }
}
