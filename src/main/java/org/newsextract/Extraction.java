package org.newsextract;

import java.util.List;
import java.util.Optional;

/**
 * What newsextract found in one document: its tokens and sentences, the document-level
 * people, places and organizations, its quotes and, when that step ran, its reported speech.
 *
 * <p>An immutable view over the input text: every token, mention and quote carries offsets
 * into {@link #text()} ({@code String} indices; the JSON uses code points, see {@link #toJson()}).
 * Safe to share between threads.
 */
public final class Extraction {
    /**
     * The version of the JSON contract that {@link #toJson()} writes, in every record's
     * {@code schema} field: {@value}.
     */
    public static final String JSON_SCHEMA = "newsextract/1";

    private final String id;
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final List<Quote> quotes;
    /** Null when reported-speech extraction did not run. */
    private final List<ReportedSpeech> reported;

    /**
     * Creates an extraction. Normally made by {@link NewsExtractor}; public so that results can
     * be rebuilt from storage or written by hand in tests.
     *
     * @param id        the document's id, or null when the caller gave none
     * @param text      the exact input text
     * @param tokens    the tokens in text order
     * @param sentences the sentences in text order
     * @param entities  the entities (any order; stored as given)
     * @param quotes    the quotes in text order
     * @throws IllegalArgumentException if the text or a list is null, or a token, mention or
     *                                  quote lies outside the text or does not match it
     */
    public Extraction(String id, String text, List<Token> tokens, List<Sentence> sentences,
                      List<Entity> entities, List<Quote> quotes) {
        this(id, text, tokens, sentences, entities, quotes, null, false);
    }

    /**
     * Creates an extraction for which reported-speech extraction ran. Normally made by
     * {@link NewsExtractor}.
     *
     * @param id        the document's id, or null when the caller gave none
     * @param text      the exact input text
     * @param tokens    the tokens in text order
     * @param sentences the sentences in text order
     * @param entities  the entities (any order; stored as given)
     * @param quotes    the quotes in text order
     * @param reported  the reported speech in text order (empty when none was found)
     * @throws IllegalArgumentException if the text or a list is null, or a token, mention, quote
     *                                  or reported content lies outside the text or does not match it
     */
    public Extraction(String id, String text, List<Token> tokens, List<Sentence> sentences,
                      List<Entity> entities, List<Quote> quotes, List<ReportedSpeech> reported) {
        this(id, text, tokens, sentences, entities, quotes, reported, true);
        if (reported == null) {
            throw new IllegalArgumentException("reported list must not be null");
        }
    }

    private Extraction(String id, String text, List<Token> tokens, List<Sentence> sentences,
                       List<Entity> entities, List<Quote> quotes, List<ReportedSpeech> reported, boolean ran) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (tokens == null || sentences == null || entities == null || quotes == null) {
            throw new IllegalArgumentException("token, sentence, entity and quote lists must not be null");
        }
        this.id = id;
        this.text = text;
        this.tokens = tokens instanceof TokenList ? tokens : List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.entities = List.copyOf(entities);
        this.quotes = List.copyOf(quotes);
        this.reported = ran && reported != null ? List.copyOf(reported) : null;
        for (Entity e : this.entities) {
            for (Mention m : e.mentions()) {
                checkInText(m.start(), m.end(), m.text(), "mention of " + e.id());
            }
        }
        for (Quote q : this.quotes) {
            checkInText(q.start(), q.end(), q.text(), "quote");
        }
        if (this.reported != null) {
            for (ReportedSpeech r : this.reported) {
                checkInText(r.start(), r.end(), r.text(), "reported speech");
            }
        }
    }

    private void checkInText(int start, int end, String covered, String what) {
        if (end > text.length() || !text.regionMatches(start, covered, 0, covered.length())) {
            throw new IllegalArgumentException(what + " '" + covered + "' at [" + start + ", " + end
                    + ") does not match the document text");
        }
    }

    /**
     * Returns the caller's document id.
     *
     * @return the id, empty when none was given
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * Returns the exact input text that all offsets refer to.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the tokens.
     *
     * @return the tokens in text order, empty for blank text; unmodifiable
     */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * Returns the sentences.
     *
     * @return the sentences in text order, empty for blank text; unmodifiable
     */
    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * Returns every entity.
     *
     * @return people first, then places, then organizations, each in order of first mention
     *         (as the extractor makes them; as given for an extraction built by hand); unmodifiable
     */
    public List<Entity> entities() {
        return entities;
    }

    /**
     * Returns the people.
     *
     * @return the entities of type {@link EntityType#PERSON}, in the order of {@link #entities()}
     */
    public List<Entity> people() {
        return ofType(EntityType.PERSON);
    }

    /**
     * Returns the places.
     *
     * @return the entities of type {@link EntityType#PLACE}, in the order of {@link #entities()}
     */
    public List<Entity> places() {
        return ofType(EntityType.PLACE);
    }

    /**
     * Returns the organizations.
     *
     * @return the entities of type {@link EntityType#ORGANIZATION}, in the order of {@link #entities()}
     */
    public List<Entity> organizations() {
        return ofType(EntityType.ORGANIZATION);
    }

    /**
     * Returns the entities of one type.
     *
     * @param type the type
     * @return its entities, in the order of {@link #entities()}
     * @throws IllegalArgumentException if {@code type} is null
     */
    public List<Entity> ofType(EntityType type) {
        Checks.notNull(type, "type");
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * Returns the entity with an id.
     *
     * @param entityId the id, e.g. {@code "p1"} (a speaker's {@link Speaker#entityId()})
     * @return the entity, empty when none has that id
     * @throws IllegalArgumentException if {@code entityId} is null
     */
    public Optional<Entity> entity(String entityId) {
        Checks.notNull(entityId, "entityId");
        return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
    }

    /**
     * Returns the quotations.
     *
     * @return the quotations in text order; unmodifiable
     */
    public List<Quote> quotes() {
        return quotes;
    }

    /**
     * Returns the reported speech: attributions not wholly in quotation marks, each with a
     * calibrated {@link ReportedSpeech#confidence()} (keep those above a cut-off for precision).
     *
     * @return the reported speech in text order; empty when none was found or when
     *         reported-speech extraction did not run (see {@link #reportedSpeechExtracted()})
     */
    public List<ReportedSpeech> reported() {
        return reported == null ? List.of() : reported;
    }

    /**
     * Returns whether reported-speech extraction ran for this document.
     *
     * @return true when it ran: the JSON then has a {@code reported} array, empty when none was found
     */
    public boolean reportedSpeechExtracted() {
        return reported != null;
    }

    /**
     * Returns the text covered by a sentence.
     *
     * @param sentence one of {@link #sentences()}
     * @return its text
     * @throws IllegalArgumentException  if {@code sentence} is null
     * @throws IndexOutOfBoundsException if the sentence ends after the text
     */
    public String text(Sentence sentence) {
        Checks.notNull(sentence, "sentence");
        return text.substring(sentence.start(), sentence.end());
    }

    /**
     * Returns this extraction as JSON in the {@code newsextract/1} contract
     * ({@link #JSON_SCHEMA}), pretty-printed. Its offsets are Unicode code points (so that
     * Python's {@code text[start:end]} returns each mention), not the {@code String} indices of
     * this API. Never throws.
     *
     * @return the JSON object, without a line break at the end
     */
    public String toJson() {
        return ExtractionJson.toJson(this, true);
    }

    /**
     * Returns the same JSON as {@link #toJson()} on one line, without a line break at the end:
     * one record of a JSON Lines file ({@code extract --format jsonl}).
     *
     * @return the compact JSON
     */
    public String toJsonLine() {
        return ExtractionJson.toJson(this, false);
    }

    /**
     * Returns a self-contained HTML page that shows this extraction: the article with each entity
     * mention highlighted by type (a legend names the colours), each quote marked with its
     * speaker's name, and a side list of the entities with their mention counts and of the
     * quotes. Inline CSS only: no scripts and nothing loaded from the network. All document text
     * is HTML-escaped, so markup in the input is shown as text. Never throws.
     *
     * <p>Elements carry stable attributes for styling and tests: {@code data-entity="p1"} and
     * {@code data-mention} (index in {@link Entity#mentions()}) on mentions, with class
     * {@code ne-person}, {@code ne-place} or {@code ne-organization}; {@code data-quote} (index in
     * {@link #quotes()}) on quotes ({@code ne-quote}), speakers ({@code ne-speaker}) and cues
     * ({@code ne-cue}); when reported speech was extracted, {@code data-reported} (index in
     * {@link #reported()}) on reported contents ({@code ne-reported}, with {@code data-confidence}),
     * their speakers and cues, and a side list of them.
     *
     * @return the page, starting with {@code <!DOCTYPE html>}
     */
    public String toHtml() {
        return ExtractionHtml.page(this);
    }

    /**
     * Returns the view of {@link #toHtml()} as a fragment to embed in another page or show in a
     * notebook's output cell: a {@code <style>} element with the view's style sheet (every rule
     * scoped to {@code .newsextract}, so the host page keeps its own look), followed by one
     * {@code <div class="newsextract">} with the same content and hooks as the page's body. Never
     * throws.
     *
     * @return the fragment, starting with {@code <style>}
     */
    public String toHtmlFragment() {
        return ExtractionHtml.fragment(this);
    }

    @Override
    public String toString() {
        return "Extraction[" + (id == null ? "" : id + ", ") + tokens.size() + " tokens, " + sentences.size()
                + " sentences, people=" + names(EntityType.PERSON) + ", places=" + names(EntityType.PLACE)
                + ", organizations=" + names(EntityType.ORGANIZATION) + ", " + quotes.size() + " quotes]";
    }

    private List<String> names(EntityType type) {
        return ofType(type).stream().map(Entity::name).toList();
    }
}
