package org.newsextract.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsextract.nlp.DocumentEntity;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;
import org.newsextract.nlp.TextTokenizer;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.resolve.EntityResolver;
import org.newsextract.resolve.ResolvedEntity;
import org.newsextract.text.TokenizedText;

/**
 * Text → tokens and sentences → names per sentence → document-level entities → quotations and
 * their speakers, as internal values ({@link Analysis}) that the API package turns into an
 * {@code Extraction}. Thread-safe when its parts are (all engines' parts are).
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

    /**
     * What the pipeline found in one document, before the API package makes its public values
     * from it.
     *
     * @param doc      the tokenized document
     * @param entities the entities, people first, then places, then organizations, each by
     *                 first mention: the order of their public ids, and the indices speakers refer to
     * @param quotes   the quotations in text order, each with the rule that attributed it (empty
     *                 when quotations were not searched for)
     * @param reported the reported speech in text order with its rules, or null when it was not
     *                 searched for
     */
    public record Analysis(TokenizedText doc, List<DocumentEntity> entities, List<QuoteExtractor.Result> quotes,
                           List<QuoteExtractor.ReportedResult> reported) {
    }

    /**
     * Finds entities, quotations when {@code withQuotes} and reported speech when
     * {@code withReported}, in an already tokenized document.
     */
    public Analysis analyze(TokenizedText doc, boolean withQuotes, boolean withReported) {
        List<DocumentEntity> entities = entities(doc);
        if (!withReported) {
            return new Analysis(doc, entities, withQuotes ? quotes.extractWithRules(doc, entities) : List.of(), null);
        }
        QuoteExtractor.Attributions found = quotes.extractAll(doc, entities, true);
        return new Analysis(doc, entities, withQuotes ? found.quotes() : List.of(), found.reported());
    }

    /** Returns the document's entities in the order of their public ids, without quotations. */
    public List<DocumentEntity> entities(TokenizedText doc) {
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
     * @throws IllegalArgumentException if a token is null, empty or contains white space (the
     *                                  message names the token's sentence and place, from 1)
     */
    public static TokenizedText fromTokens(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        int sentenceNo = 0;
        for (List<String> sentence : sentences) {
            sentenceNo++;
            for (int i = 0; i < sentence.size(); i++) {
                String token = sentence.get(i);
                String where = " (sentence " + sentenceNo + ", token " + (i + 1) + ")";
                if (token == null) {
                    throw new IllegalArgumentException("token must not be null" + where);
                }
                if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("token '" + token + "' is empty or contains white space" + where);
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

    /**
     * Orders resolved entities as their public ids go (by type: people, places, organizations;
     * then by first mention) and gives their mentions character offsets.
     */
    static List<DocumentEntity> toEntities(TokenizedText doc, List<ResolvedEntity> resolved) {
        List<ResolvedEntity> ordered = new ArrayList<>(resolved);
        ordered.sort(Comparator.comparing((ResolvedEntity e) -> e.type().ordinal())
                .thenComparingInt(e -> e.mentions().get(0).start()));
        List<DocumentEntity> out = new ArrayList<>(ordered.size());
        for (ResolvedEntity e : ordered) {
            List<DocumentEntity.Mention> mentions = new ArrayList<>(e.mentions().size());
            for (NameSpan m : e.mentions()) {
                int start = doc.start(m.start());
                int end = doc.end(m.end() - 1);
                mentions.add(new DocumentEntity.Mention(start, end, doc.text().substring(start, end), round(m.confidence())));
            }
            out.add(new DocumentEntity(e.type(), e.name(), e.aliases(), List.copyOf(mentions), e.kind()));
        }
        return out;
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
