package org.newsextract.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;
import org.newsextract.nlp.TextTokenizer;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.resolve.EntityResolver;
import org.newsextract.resolve.ResolvedEntity;
import org.newsextract.text.TokenizedText;

/**
 * Text → tokens and sentences → names per sentence → document-level entities → quotations and
 * their speakers. Thread-safe when its parts are (all engines' parts are).
 */
public final class Pipeline {
    private final TextTokenizer tokenizer;
    private final NameTagger tagger;
    private final EntityResolver resolver;
    private final int maxTaggerTokens;
    private final QuoteExtractor quotes;

    /**
     * @param tokenizer        the engine's tokenizer
     * @param tagger           the engine's name tagger
     * @param resolver         the shared document-level resolver
     * @param documentContext  whether the tagger sees runs of sentences ({@link #MAX_TAGGER_TOKENS})
     *                         or one sentence at a time
     */
    public Pipeline(TextTokenizer tokenizer, NameTagger tagger, EntityResolver resolver, boolean documentContext) {
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.resolver = resolver;
        this.maxTaggerTokens = documentContext ? MAX_TAGGER_TOKENS : 0;
        this.quotes = new QuoteExtractor(resolver.lexicon());
    }

    /** Tokenizes the text and extracts from it. */
    public Extraction extract(String id, String text) {
        return extract(id, tokenizer.tokenize(text), true);
    }

    /** Tokenizes the text and extracts entities, and quotations when {@code withQuotes}. */
    public Extraction extract(String id, String text, boolean withQuotes) {
        return extract(id, tokenizer.tokenize(text), withQuotes);
    }

    /** Extracts entities and quotations from an already tokenized document. */
    public Extraction extract(String id, TokenizedText doc) {
        return extract(id, doc, true);
    }

    /**
     * Extracts entities, and quotations and reported speech when {@code withQuotes}, from an
     * already tokenized document.
     */
    public Extraction extract(String id, TokenizedText doc, boolean withQuotes) {
        return extract(id, doc, withQuotes, withQuotes);
    }

    /**
     * Extracts entities, quotations when {@code withQuotes} and reported speech when
     * {@code withReported}, from an already tokenized document.
     */
    public Extraction extract(String id, TokenizedText doc, boolean withQuotes, boolean withReported) {
        List<Entity> entities = entities(doc);
        if (!withReported) {
            return new Extraction(id, doc.text(), doc.tokenList(), doc.sentences(), entities,
                    withQuotes ? quotes.extract(doc, entities) : List.of());
        }
        QuoteExtractor.Attributions found = quotes.extractAll(doc, entities, true);
        return new Extraction(id, doc.text(), doc.tokenList(), doc.sentences(), entities,
                withQuotes ? found.quotes().stream().map(QuoteExtractor.Result::quote).toList() : List.of(),
                found.reported().stream().map(QuoteExtractor.ReportedResult::speech).toList());
    }

    /** Returns the document's entities with their public ids, without quotations. */
    public List<Entity> entities(TokenizedText doc) {
        return toEntities(doc, resolve(doc));
    }

    /** Returns the quotation extractor this pipeline uses. */
    public QuoteExtractor quotes() {
        return quotes;
    }

    /**
     * The most tokens handed to the tagger at once. Whole sentences are grouped up to this size:
     * the CoNLL CRF scores 0.5 F1 higher given a news article at once than sentence by sentence
     * (its features reach across sentence ends), and the bound keeps long documents' memory small.
     * The tagger gets the run with its sentence boundaries ({@link NameTagger#tagSentences(List)}),
     * so that a tagger trained on single sentences can tag them one by one.
     */
    public static final int MAX_TAGGER_TOKENS = 2_000;

    /** Tags the document in runs of whole sentences and resolves its entities, as token spans. */
    public List<ResolvedEntity> resolve(TokenizedText doc) {
        return resolver.resolve(doc, tag(doc));
    }

    /**
     * Runs only the engine's tagger over the document, in runs of whole sentences: the bare
     * sequence-model decode that the benchmark compares the whole pipeline with.
     *
     * @return the names found, document-wide token indices, cut at sentence ends
     */
    public List<NameSpan> tag(TokenizedText doc) {
        List<NameSpan> tagged = new ArrayList<>();
        int s = 0;
        while (s < doc.sentenceCount()) {
            int first = s;
            int from = doc.sentenceStart(s);
            s++;
            while (s < doc.sentenceCount() && doc.sentenceEnd(s) - from <= maxTaggerTokens) {
                s++;
            }
            List<List<String>> sentences = new ArrayList<>(s - first);
            for (int k = first; k < s; k++) {
                sentences.add(doc.sentenceWords(k));
            }
            for (NameSpan span : tagger.tagSentences(sentences)) {
                splitAtSentences(doc, span.shift(from), tagged);
            }
        }
        return tagged;
    }

    /** Tokenizes a text with this pipeline's engine, without tagging. */
    public TokenizedText tokenize(String text) {
        return tokenizer.tokenize(text);
    }

    /** Adds a span, cut where it crosses a sentence end (a name never does). */
    private static void splitAtSentences(TokenizedText doc, NameSpan span, List<NameSpan> out) {
        int start = span.start();
        int sentence = doc.sentenceOf(start);
        while (start < span.end()) {
            int end = Math.min(span.end(), doc.sentenceEnd(sentence));
            out.add(new NameSpan(start, end, span.label(), span.confidence()));
            start = end;
            sentence++;
        }
    }

    /**
     * Builds a document from pre-tokenized sentences: tokens joined by single spaces, sentences
     * by line breaks, so that offsets into that text are well defined.
     *
     * @throws IllegalArgumentException if a token is empty or contains white space
     */
    public static TokenizedText fromTokens(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        for (List<String> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                String token = sentence.get(i);
                if (token == null || token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("token '" + token + "' is empty or contains white space");
                }
                if (i > 0) {
                    text.append(' ');
                }
                offsets.add(new int[]{text.length(), text.length() + token.length()});
                text.append(token);
            }
            text.append('\n');
        }
        TokenizedText.Builder b = new TokenizedText.Builder(text.toString());
        int k = 0;
        for (List<String> sentence : sentences) {
            for (String token : sentence) {
                int[] o = offsets.get(k++);
                b.token(o[0], o[1], TokenizedText.normalizeWord(token));
            }
            b.endSentence();
        }
        return b.build();
    }

    /** Turns resolved entities into public values: ids per type in order of first mention. */
    static List<Entity> toEntities(TokenizedText doc, List<ResolvedEntity> resolved) {
        List<ResolvedEntity> ordered = new ArrayList<>(resolved);
        ordered.sort(Comparator.comparing((ResolvedEntity e) -> e.type().ordinal())
                .thenComparingInt(e -> e.mentions().get(0).start()));
        int[] next = new int[EntityType.values().length];
        List<Entity> out = new ArrayList<>(ordered.size());
        for (ResolvedEntity e : ordered) {
            List<Mention> mentions = new ArrayList<>(e.mentions().size());
            for (NameSpan m : e.mentions()) {
                int start = doc.start(m.start());
                int end = doc.end(m.end() - 1);
                mentions.add(new Mention(start, end, doc.text().substring(start, end), round(m.confidence())));
            }
            String id = e.type().idPrefix() + (++next[e.type().ordinal()]);
            out.add(new Entity(id, e.type(), e.name(), e.aliases(), mentions, e.kind()));
        }
        return out;
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
