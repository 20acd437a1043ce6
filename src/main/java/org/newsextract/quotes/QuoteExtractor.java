package org.newsextract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.newsextract.nlp.DocumentEntity;
import org.newsextract.resolve.Lexicon;
import org.newsextract.text.TokenizedText;

/**
 * Finds a document's quotations and their speakers from its tokens, sentences and resolved
 * entities: no parser, no coreference model, one pass over the text plus local rules around
 * each quotation. Engine-independent.
 *
 * <p>Steps, each rule in its own class:
 * <ol>
 *   <li>{@link QuoteFinder}: the quotations, from the quotation marks;</li>
 *   <li>{@link TrailingAttribution}, then {@link LeadingAttribution}, then
 *       {@link SentenceFinalAttribution}, then {@link ColonIntroduction}, then
 *       {@link LeadingUnlistedVerb}, then {@link NameColon}: a speaker and cue in or
 *       next to the quotation's sentence ({@link UnlistedVerb} inside the trailing rule,
 *       {@link TrailingParticiple} and {@link SubordinateClauseReport} after it;
 *       {@link PrepositionalObject}, {@link ParticipleClause},
 *       {@link RelativeClauseReport}, {@link NamingParticiple}, {@link SentenceAccordingTo},
 *       {@link OuterReport}, {@link PollRespondents}, {@link VerbPhraseSpeaker} and
 *       {@link NominalSubject} inside the leading rule);</li>
 *   <li>continuation: a quotation still without a speaker takes the speaker of the nearest
 *       attributed quotation of its paragraph (a quotation split by its attribution, “…,” he
 *       said. “…”), the previous one first, or, when it opens its paragraph, that of the last
 *       attributed quotation of the paragraph before (a quote-only paragraph goes on with the
 *       previous speaker);</li>
 *   <li>{@link PreviousSentence}: failing that, a quotation opening a sentence continues the
 *       report of the sentence before it in its paragraph ("…, Schiff said. “…”"); that report
 *       also wins over a continuation when that sentence holds no quotation
 *       ({@link PreviousSentence#nearer});</li>
 *   <li>{@link SubjectFallback}: a fragment still without a speaker is its sentence subject's, and so
 *       is a direct quotation inside a sentence, or the previous sentence's named subject's when it
 *       opens one ({@link SubjectFallback#insideSentence});</li>
 *   <li>{@link PronounResolver}: a pronoun speaker is linked to the entity it stands for;</li>
 *   <li>{@link QuoteKinds} and {@link FragmentPolicy}: direct or partial, and which fragments
 *       are kept.</li>
 * </ol>
 * Immutable and thread-safe; its word lists are loaded once per JVM.
 */
public final class QuoteExtractor {
    private final QuoteLexicon lexicon;
    private final Lexicon words;
    private final ReportedModel model;

    /**
     * Creates an extractor over the shared word lists.
     *
     * @param words the resolver's lexicon (titles, pronouns, function words)
     * @throws org.newsextract.nlp.ModelException if a word list cannot be loaded
     */
    public QuoteExtractor(Lexicon words) {
        this.lexicon = QuoteLexicon.get();
        this.words = words;
        this.model = ReportedModel.shipped();
    }

    /**
     * A quotation with the name of the rule that found its speaker, for evaluation.
     *
     * @param quote the quotation
     * @param rule  the rule's name ("after: speaker cue", "continuation", …), or "none"
     */
    public record Result(FoundQuote quote, String rule) {
    }

    /**
     * Returns the quotations of a document in text order.
     *
     * @param doc      the tokenized document
     * @param entities its entities, in the order speakers refer to them
     * @return the quotations, with speakers where found; empty if there are none
     */
    public List<FoundQuote> extract(TokenizedText doc, List<DocumentEntity> entities) {
        List<FoundQuote> out = new ArrayList<>();
        for (Result r : extractWithRules(doc, entities)) {
            out.add(r.quote());
        }
        return out;
    }

    /**
     * Returns the quotations of a document in text order, each with the rule that attributed it.
     *
     * @param doc      the tokenized document
     * @param entities its entities, in the order speakers refer to them
     * @return the quotations and rules; empty if there are none
     */
    public List<Result> extractWithRules(TokenizedText doc, List<DocumentEntity> entities) {
        List<QuoteSpan> spans = QuoteFinder.find(doc.text());
        if (spans.isEmpty() || doc.tokenCount() == 0) {
            return List.of();
        }
        QuoteDocument d = new QuoteDocument(doc, entities, spans, lexicon, words);
        return quotes(d, new PronounResolver(d));
    }

    /**
     * Returns every word a listed cue of reported speech starts with ({@code reporting-verbs.txt}
     * and {@code reported-speech-verbs.txt}: one-word cues and each phrase's first word), lower
     * case; the learned cues are {@link ReportedModel#cues()}. For tools that need the lists.
     *
     * @return a new set
     * @throws org.newsextract.nlp.ModelException if a list is missing from the class path
     */
    public static java.util.Set<String> reportedCueStarts() {
        return new java.util.HashSet<>(QuoteLexicon.get().reportedCueStarts());
    }

    /**
     * A reported speech with the name of the rule that found it, for evaluation.
     *
     * @param speech     the reported speech
     * @param rule       the rule's name ("after cue: speaker cue", "according to: before", …)
     * @param confidence the model's {@link ReportedModel#confidence} that it is an attribution with
     *                   this content, in [0, 1] (1 for a model without weights, which keeps every candidate)
     */
    public record ReportedResult(FoundReported speech, String rule, double confidence) {
    }

    /**
     * A document's quotations and reported speech, each with the rule that found it.
     *
     * @param quotes   the quotations in text order
     * @param reported the reported speech in text order
     */
    public record Attributions(List<Result> quotes, List<ReportedResult> reported) {
        /** Copies the lists. */
        public Attributions {
            quotes = List.copyOf(quotes);
            reported = List.copyOf(reported);
        }
    }

    /**
     * A candidate reported speech before the model decides on it, for training and evaluation.
     *
     * @param speech   the reported speech as the rules found it, or one of its other content boundaries
     * @param rule     the rule's name
     * @param features the features the model reads ({@link ReportedModel})
     * @param group    the index of the rules' candidate it is a variant of (the model keeps at most one of a group)
     */
    public record ReportedCandidate(FoundReported speech, String rule, List<String> features, int group) {
        /** Copies the features. */
        public ReportedCandidate {
            features = List.copyOf(features);
        }
    }

    /**
     * Returns a document's quotations and, when asked, its reported speech ({@link ReportedSpeechFinder},
     * kept by the shipped {@link ReportedModel}), from one reading of the document.
     *
     * @param doc      the tokenized document
     * @param entities its entities, in the order speakers refer to them
     * @param reported whether to find reported speech (if false, the reported list is empty)
     * @return the quotations and reported speech; both empty if there are none
     */
    public Attributions extractAll(TokenizedText doc, List<DocumentEntity> entities, boolean reported) {
        return extractAll(doc, entities, reported ? model : null);
    }

    /**
     * Returns a document's quotations and, with a model, its reported speech as that model keeps it.
     *
     * @param doc      the tokenized document
     * @param entities its entities, in the order speakers refer to them
     * @param model    the reported-speech model, or null for no reported speech
     * @return the quotations and reported speech; both empty if there are none
     */
    public Attributions extractAll(TokenizedText doc, List<DocumentEntity> entities, ReportedModel model) {
        if (doc.tokenCount() == 0) {
            return new Attributions(List.of(), List.of());
        }
        List<QuoteSpan> spans = QuoteFinder.find(doc.text());
        if (spans.isEmpty() && model == null) {
            return new Attributions(List.of(), List.of());
        }
        QuoteDocument d = new QuoteDocument(doc, entities, spans, lexicon, words);
        PronounResolver pronouns = new PronounResolver(d);
        List<Result> quotes = spans.isEmpty() ? List.of() : quotes(d, pronouns);
        if (model == null) {
            return new Attributions(quotes, List.of());
        }
        List<ReportedSpeechFinder.Found> kept = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        ReportedSpeechFinder finder = new ReportedSpeechFinder(d, model::isCue);
        for (ReportedSpeechFinder.Found f : finder.find()) {
            if (!model.choosesBoundaries()) {
                kept.add(f);
                probabilities.add(1.0);
                continue;
            }
            // the ranker picks the content boundary, then the keep model decides on the candidate with it
            ReportedSpeechFinder.Found best = null;
            List<String> bestFeatures = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (ReportedSpeechFinder.Found v : finder.variants(f)) {
                List<String> features = finder.boundaryFeatures(v, f);
                double score = model.rankScore(features);
                if (score > bestScore) {
                    bestScore = score;
                    best = v;
                    bestFeatures = features;
                }
            }
            double bestP = ReportedModel.sigmoid(model.bias() + model.sum(finder.cueFeatures(f)) + model.sum(bestFeatures));
            if (model.keep(bestP)) {
                kept.add(best);
                probabilities.add(bestP);
            }
        }
        List<FoundReported> speech = new ArrayList<>();
        for (ReportedSpeechFinder.Found f : kept) {
            speech.add(reported(d, pronouns, f));
        }
        List<ReportedResult> out = new ArrayList<>();
        for (int i : suppress(speech, probabilities, model.suppression())) {
            double confidence = model.choosesBoundaries() ? model.confidence(probabilities.get(i)) : 1.0;
            out.add(new ReportedResult(speech.get(i), kept.get(i).rule(), confidence));
        }
        out.sort(java.util.Comparator.comparingInt((ReportedResult r) -> r.speech().start())
                .thenComparingInt(r -> r.speech().end()));
        return new Attributions(quotes, out);
    }

    /**
     * Returns every candidate reported speech of a document with its features, before any model
     * decides: the training data of {@code tools.train.ReportedSpeechTrainer}.
     *
     * @param doc        the tokenized document
     * @param entities   its entities
     * @param learnedCue one-word cues to try on top of the lists (lower-case words)
     * @return the candidates in the order of their cues
     */
    public List<ReportedCandidate> reportedCandidates(TokenizedText doc, List<DocumentEntity> entities,
                                                      Predicate<String> learnedCue) {
        if (doc.tokenCount() == 0) {
            return List.of();
        }
        QuoteDocument d = new QuoteDocument(doc, entities, QuoteFinder.find(doc.text()), lexicon, words);
        PronounResolver pronouns = new PronounResolver(d);
        ReportedSpeechFinder finder = new ReportedSpeechFinder(d, learnedCue);
        List<ReportedCandidate> out = new ArrayList<>();
        int group = 0;
        for (ReportedSpeechFinder.Found f : finder.find()) {
            for (ReportedSpeechFinder.Found v : finder.variants(f)) {
                out.add(new ReportedCandidate(reported(d, pronouns, v), v.rule(), finder.features(v, f), group));
            }
            group++;
        }
        return out;
    }

    /**
     * Returns the indices of the candidates that stay when, most probable first, each candidate
     * suppresses every less probable one whose content overlaps its own at a character Jaccard of at
     * least {@code suppression} (two cue words of one attribution, "don't" and "like", find the
     * same content), or whose cue lies in its content, or whose content holds its cue (a word has
     * one role in one attribution).
     *
     * @param found         the candidates
     * @param probabilities their probabilities
     * @param suppression   the overlap from which one suppresses another (above 1: none)
     * @return the indices kept, in input order
     */
    public static List<Integer> suppress(List<FoundReported> found, List<Double> probabilities, double suppression) {
        int n = found.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        if (suppression > 1) {
            return order;
        }
        order.sort((a, b) -> Double.compare(probabilities.get(b), probabilities.get(a)));
        boolean[] keep = new boolean[n];
        List<int[]> spans = new ArrayList<>();
        for (FoundReported f : found) {
            spans.add(new int[]{f.start(), f.end()});
        }
        for (int i : order) {
            boolean ok = true;
            for (int j = 0; j < n && ok; j++) {
                if (keep[j] && (jaccard(spans.get(i), spans.get(j)) >= suppression
                        || cueInside(found.get(i), spans.get(j)) || cueInside(found.get(j), spans.get(i)))) {
                    ok = false;
                }
            }
            keep[i] = ok;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * True if the cue of {@code f} lies in the content {@code span} of another: PolNeAR gives each
     * word one role in at most one attribution, so a cue inside a more probable one's content
     * ("According to officials …, inflation is expected to ease": "is expected" inside the first
     * one's content) or a content around a more probable one's cue is not a second attribution.
     */
    private static boolean cueInside(FoundReported f, int[] span) {
        return f.cue().isPresent() && f.cue().get().start() < span[1] && span[0] < f.cue().get().end();
    }

    private static double jaccard(int[] a, int[] b) {
        int inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        int union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
        return union == 0 ? 0 : (double) inter / union;
    }

    /** Builds the reported speech of a candidate in character offsets. */
    private static FoundReported reported(QuoteDocument d, PronounResolver pronouns, ReportedSpeechFinder.Found f) {
        TokenizedText doc = d.doc;
        int start = doc.start(f.contentStart());
        int end = doc.end(f.contentEnd() - 1);
        Optional<SpeakerRef> speaker = f.speaker() == null ? Optional.empty()
                : Optional.of(speaker(d, pronouns, f.speaker()));
        int cs = doc.start(f.cueStart());
        int ce = doc.end(f.cueEnd() - 1);
        Optional<TextRange> cue = Optional.of(new TextRange(cs, ce, doc.text().substring(cs, ce)));
        return new FoundReported(start, end, doc.text().substring(start, end), speaker, cue);
    }

    private List<Result> quotes(QuoteDocument d, PronounResolver pronouns) {
        TokenizedText doc = d.doc;
        String text = d.text;
        List<QuoteSpan> spans = d.quotes;
        int n = spans.size();
        int[] first = new int[n];
        int[] after = new int[n];
        Attribution[] found = new Attribution[n];
        for (int q = 0; q < n; q++) {
            first[q] = d.tokenAt(spans.get(q).start());
            after[q] = d.tokenAfter(spans.get(q).end());
            if (first[q] >= d.size()) {
                continue;
            }
            // after a colon or comma the leading attribution is read first, and once: it may introduce the quotation
            boolean marked = afterIntroducingMark(d, first[q]);
            Attribution leading = marked ? LeadingAttribution.apply(d, first[q]) : null;
            Attribution a = marked && introduces(first[q], leading) ? leading : null;
            if (a == null) {
                a = SubordinateClauseReport.apply(d,
                        TrailingParticiple.apply(d, TrailingAttribution.apply(d, after[q]), first[q]), first[q], after[q]);
            }
            if (a == null) {
                a = marked ? leading : LeadingAttribution.apply(d, first[q]);
            }
            if (a == null) {
                a = SentenceFinalAttribution.apply(d, after[q]);
            }
            if (a == null) {
                a = ColonIntroduction.apply(d, first[q]);
            }
            if (a == null) {
                a = LeadingUnlistedVerb.apply(d, first[q]);
            }
            if (a == null) {
                a = NameColon.apply(d, first[q]);
            }
            found[q] = FinalAccordingTo.apply(d, after[q], a);
        }
        Attribution[] finalAttribution = found.clone();
        for (int q = 0; q < n; q++) {
            if (finalAttribution[q] == null || finalAttribution[q].speaker() == null) {
                Attribution inherited = PreviousSentence.nearer(d, first[q],
                        continuation(d, found, finalAttribution, first, q));
                if (inherited == null) {
                    inherited = PreviousSentence.apply(d, first[q]);
                }
                if (inherited != null) {
                    finalAttribution[q] = inherited;
                }
            }
        }
        List<Result> out = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            QuoteSpan s = spans.get(q);
            String quoteText = text.substring(s.start(), s.end());
            QuoteKind kind = QuoteKinds.kindOf(text, s.start(), s.end());
            Attribution a = finalAttribution[q];
            if (kind == QuoteKind.PARTIAL && (a == null || a.speaker() == null) && first[q] < d.size()) {
                a = SubjectFallback.apply(d, first[q]);
            }
            if (kind == QuoteKind.DIRECT && (a == null || a.speaker() == null) && first[q] < d.size()) {
                Attribution inside = SubjectFallback.insideSentence(d, first[q]);
                if (inside != null) { // the cue found, if any, stays
                    a = a == null ? inside
                            : new Attribution(inside.speaker(), a.cueStart(), a.cueEnd(), inside.rule(), inside.explicit());
                }
            }
            if (!FragmentPolicy.keep(d, quoteText, kind, a, first[q])) {
                continue;
            }
            Optional<SpeakerRef> speaker = Optional.empty();
            Optional<TextRange> cue = Optional.empty();
            if (a != null && a.speaker() != null) {
                speaker = Optional.of(speaker(d, pronouns, a.speaker()));
            }
            if (a != null && a.cueStart() >= 0) {
                int cs = doc.start(a.cueStart());
                int ce = doc.end(a.cueEnd() - 1);
                cue = Optional.of(new TextRange(cs, ce, text.substring(cs, ce)));
            }
            out.add(new Result(new FoundQuote(s.start(), s.end(), quoteText, kind, speaker, cue),
                    a == null ? "none" : a.rule()));
        }
        return out;
    }

    /**
     * True if the leading attribution {@code a} of the quotation starting at {@code first}, after a
     * colon or comma ({@link #afterIntroducingMark}), is a cue and its speaker introducing it right
     * before ({@code Obama said: “…” Obama said.}; {@code Fallon fired back: “…” he wrote};
     * {@code he warned, “…” Trump told NBC}): the introduction is then the quotation's attribution
     * even when another follows it. False when more than {@link #INTRODUCTION_GAP} words stand
     * between the cue and the mark or the cue has no speaker phrase before it.
     */
    private static boolean introduces(int first, Attribution a) {
        return a != null && a.speaker() != null && a.cueStart() >= 0 && first - 1 - a.cueEnd() <= INTRODUCTION_GAP
                && a.rule().equals("before: speaker cue");
    }

    /** True if a colon or comma outside quotations stands right before the quotation starting at {@code first}. */
    private static boolean afterIntroducingMark(QuoteDocument d, int first) {
        if (first < 2 || first >= d.size()) {
            return false;
        }
        String mark = d.word(first - 1);
        return (mark.equals(":") || mark.equals(",")) && !d.quoted(first - 1);
    }

    /** The most words between an introducing cue and the colon or comma before the quotation ("said: “"). */
    private static final int INTRODUCTION_GAP = 0;

    /** The continuation rule (see the class comment); null when it does not apply. */
    private static Attribution continuation(QuoteDocument d, Attribution[] explicit, Attribution[] current,
                                            int[] first, int q) {
        int paragraph = d.paragraphOf(Math.min(first[q], d.size() - 1));
        for (int p = q - 1; p >= 0 && d.paragraphOf(Math.min(first[p], d.size() - 1)) == paragraph; p--) {
            if (current[p] != null && current[p].speaker() != null) {
                if (current[p].explicit() && first[q] < d.size()
                        && d.sentenceStartOf(first[p]) == d.sentenceStartOf(first[q])) {
                    // “The way I see it,” she said, “no one …”: the same sentence's attribution.
                    return new Attribution(current[p].speaker(), current[p].cueStart(), current[p].cueEnd(),
                            "continuation: same sentence", true);
                }
                return current[p].inherited("continuation: same paragraph");
            }
        }
        for (int p = q + 1; p < explicit.length && first[p] < d.size() && d.paragraphOf(first[p]) == paragraph; p++) {
            if (explicit[p] != null && explicit[p].speaker() != null) {
                return explicit[p].inherited("continuation: same paragraph");
            }
        }
        if (first[q] < d.size() && d.paragraphStart(paragraph) == first[q] && paragraph > 0) {
            for (int p = q - 1; p >= 0 && d.paragraphOf(Math.min(first[p], d.size() - 1)) == paragraph - 1; p--) {
                if (current[p] != null && current[p].speaker() != null) {
                    return current[p].inherited("continuation: previous paragraph");
                }
            }
        }
        return null;
    }

    /** Builds the speaker: the mention, and the entity it names or, for a pronoun, stands for. */
    private static SpeakerRef speaker(QuoteDocument d, PronounResolver pronouns, Candidate c) {
        int start = d.doc.start(c.start());
        int end = d.doc.end(c.end() - 1);
        TextRange mention = new TextRange(start, end, d.text.substring(start, end));
        int entity = switch (c.kind()) {
            case ENTITY -> c.entity();
            case PRONOUN -> pronouns.resolve(c.start());
            case NOMINAL -> -1;
        };
        if (entity < 0) {
            return new SpeakerRef(mention, -1, mention.text());
        }
        return new SpeakerRef(mention, entity, d.entities.get(entity).name());
    }
}
