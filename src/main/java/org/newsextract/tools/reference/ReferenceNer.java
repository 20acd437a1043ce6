package org.newsextract.tools.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Raw CoreNLP's default NER pipeline ({@link ReferencePipelines#NER}, every other property at its
 * default) as the accuracy evaluation's reference system. Each token's NER tag is mapped to PER,
 * LOC or ORG by {@link #conllType} (other tags are O). How tags become names is a {@link Naming}:
 * the project's reference is {@link Naming#MAPPED_RUNS}, the most favourable to CoreNLP; the
 * other two are how issue 10 measured it and what a CoreNLP user gets as entity mentions. A text
 * is annotated once and remembered (compactly), so the three namings cost one CoreNLP run. Not
 * used by newsextract itself. No CoreNLP type leaves this class. Thread-safe:
 * {@code StanfordCoreNLP.annotate} may be called from several threads.
 */
public final class ReferenceNer {
    /** One CoreNLP entity mention kept: UTF-16 offsets into the text, CoNLL type, surface text. */
    public record Mention(int start, int end, String type, String text) {
    }

    /** How CoreNLP's per-token tags are turned into names. */
    public enum Naming {
        /**
         * A name is a maximal run of tokens of one <em>mapped</em> type within a sentence, so
         * "Auckland/CITY Castle/LOCATION" is one place: the project's reference, the hardest to beat.
         */
        MAPPED_RUNS("raw CoreNLP"),
        /**
         * A name ends wherever CoreNLP's own fine-grained tag changes ("Auckland/CITY" and
         * "Castle/LOCATION" are two places), as issue 10 measured raw CoreNLP.
         */
        FINE_TAG_RUNS("raw CoreNLP, fine-tag names"),
        /**
         * CoreNLP's own entity mentions ({@code MentionsAnnotation}, what
         * {@code CoreDocument.entityMentions()} returns to a CoreNLP user), mapped types kept.
         */
        ENTITY_MENTIONS("raw CoreNLP, entity mentions");

        private final String label;

        Naming(String label) {
            this.label = label;
        }

        /** Returns the system name shown in accuracy tables. */
        public String label() {
            return label;
        }
    }

    /**
     * What is kept of one annotated text: per token its offsets, sentence and fine-grained tag,
     * and CoreNLP's entity mentions as token ranges with their tag.
     */
    record Annotated(int[] begin, int[] end, int[] sentence, String[] ner, List<int[]> mentions,
                             List<String> mentionTags) {
        int size() {
            return ner.length;
        }
    }

    private final StanfordCoreNLP raw;
    private final StanfordCoreNLP pretokenized;
    private final Map<String, Annotated> rawDone = new ConcurrentHashMap<>();
    private final Map<String, Annotated> pretokenizedDone = new ConcurrentHashMap<>();

    private ReferenceNer(StanfordCoreNLP raw, StanfordCoreNLP pretokenized) {
        this.raw = raw;
        this.pretokenized = pretokenized;
    }

    /**
     * Loads CoreNLP's default NER pipeline twice: fully default for raw text, and with
     * {@code tokenize.whitespace=true} and {@code ssplit.eolonly=true} for given tokens and
     * sentences (one sentence per line, tokens separated by single spaces), everything else
     * default. Takes some seconds and about 1 GB of heap.
     *
     * @return the loaded reference
     * @throws RuntimeException (CoreNLP's) if a model cannot be loaded
     */
    public static ReferenceNer load() {
        Properties props = new Properties();
        props.setProperty("annotators", ReferencePipelines.NER);
        StanfordCoreNLP raw = new StanfordCoreNLP(props);
        Properties tokens = new Properties();
        tokens.setProperty("annotators", ReferencePipelines.NER);
        tokens.setProperty("tokenize.whitespace", "true");
        tokens.setProperty("ssplit.eolonly", "true");
        return new ReferenceNer(raw, new StanfordCoreNLP(tokens));
    }

    /**
     * Maps a CoreNLP NER tag to the CoNLL type scored: PERSON → PER; LOCATION, CITY, COUNTRY,
     * STATE_OR_PROVINCE → LOC; ORGANIZATION → ORG.
     *
     * @return the CoNLL type, or null for every other tag (O, MISC, NATIONALITY, DATE, …)
     */
    public static String conllType(String coreNlpTag) {
        if (coreNlpTag == null) {
            return null;
        }
        return switch (coreNlpTag) {
            case "PERSON" -> "PER";
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
            case "ORGANIZATION" -> "ORG";
            default -> null;
        };
    }

    /**
     * Annotates a raw text with the fully default pipeline (once per text and reference) and
     * names its tags the given way.
     *
     * @return the PER/LOC/ORG names in text order, offsets in UTF-16 units
     * @throws RuntimeException (CoreNLP's) if annotation fails
     */
    public List<Mention> mentions(String text, Naming naming) {
        Annotated a = annotated(rawDone, raw, text);
        List<Mention> out = new ArrayList<>();
        for (int[] span : names(a, naming)) {
            int start = a.begin()[span[0]];
            int end = a.end()[span[1] - 1];
            out.add(new Mention(start, end, TYPES[span[2]], text.substring(start, end)));
        }
        return out;
    }

    /**
     * Tags given sentences of given tokens (annotated once per input and reference), keeping
     * CoreNLP to exactly these tokens and sentences, its names formed the given way.
     *
     * @param sentences the tokens of each sentence (none may contain whitespace)
     * @return one IOB2 tag per token in reading order (B-/I- PER, LOC, ORG, or O)
     * @throws IllegalArgumentException if a token is empty or contains whitespace
     * @throws IllegalStateException    if CoreNLP did not keep the tokens (should not happen)
     */
    public String[] tags(List<List<String>> sentences, Naming naming) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (List<String> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                String token = sentence.get(i);
                if (token.isEmpty() || token.codePoints().anyMatch(Character::isWhitespace)
                        || token.indexOf('\u00A0') >= 0) {
                    throw new IllegalArgumentException("token '" + token + "' is empty or contains whitespace");
                }
                text.append(i == 0 ? "" : " ").append(token);
            }
            text.append('\n');
            count += sentence.size();
        }
        Annotated a = annotated(pretokenizedDone, pretokenized, text.toString());
        int sentencesMade = a.size() == 0 ? 0 : a.sentence()[a.size() - 1] + 1;
        if (a.size() != count || (count > 0 && sentencesMade != sentences.size())) {
            throw new IllegalStateException("CoreNLP made " + a.size() + " tokens in " + sentencesMade
                    + " sentences of " + count + " given tokens in " + sentences.size() + " sentences");
        }
        String[] tags = new String[count];
        Arrays.fill(tags, "O");
        for (int[] span : names(a, naming)) {
            for (int t = span[0]; t < span[1]; t++) {
                tags[t] = (t == span[0] ? "B-" : "I-") + TYPES[span[2]];
            }
        }
        return tags;
    }

    private static final String[] TYPES = {"PER", "LOC", "ORG"};

    private static int typeIndex(String conllType) {
        return conllType == null ? -1 : switch (conllType) {
            case "PER" -> 0;
            case "LOC" -> 1;
            default -> 2;
        };
    }

    /**
     * Returns the remembered annotation of {@code text}, annotating it first if needed. CoreNLP runs
     * outside the map's lock (a {@code computeIfAbsent} would hold a bin's lock for seconds and
     * make threads whose texts share a bin wait for each other); two threads given the same new
     * text may both annotate it, and the first result is kept. Every annotation is kept for the
     * reference's life, which is one {@code accuracy} run: its three namings read them in turn.
     */
    private static Annotated annotated(Map<String, Annotated> done, StanfordCoreNLP pipeline, String text) {
        Annotated a = done.get(text);
        if (a == null) {
            a = annotate(pipeline, text);
            Annotated first = done.putIfAbsent(text, a);
            if (first != null) {
                a = first;
            }
        }
        return a;
    }

    private static Annotated annotate(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        int n = tokens.size();
        int[] begin = new int[n];
        int[] end = new int[n];
        int[] sentence = new int[n];
        String[] ner = new String[n];
        List<int[]> mentions = new ArrayList<>();
        List<String> mentionTags = new ArrayList<>();
        int t = 0;
        int s = 0;
        for (CoreMap sent : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel token : sent.get(CoreAnnotations.TokensAnnotation.class)) {
                begin[t] = token.beginPosition();
                end[t] = token.endPosition();
                sentence[t] = s;
                ner[t] = token.ner();
                t++;
            }
            List<CoreMap> found = sent.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
                mentions.add(new int[] {m.get(CoreAnnotations.TokenBeginAnnotation.class),
                        m.get(CoreAnnotations.TokenEndAnnotation.class)});
                mentionTags.add(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            }
            s++;
        }
        return new Annotated(begin, end, sentence, ner, mentions, mentionTags);
    }

    /** The names of an annotated text as {first token, end token, type index}, in text order. */
    static List<int[]> names(Annotated a, Naming naming) {
        List<int[]> out = new ArrayList<>();
        if (naming == Naming.ENTITY_MENTIONS) {
            for (int i = 0; i < a.mentions().size(); i++) {
                int type = typeIndex(conllType(a.mentionTags().get(i)));
                if (type >= 0) {
                    out.add(new int[] {a.mentions().get(i)[0], a.mentions().get(i)[1], type});
                }
            }
            return out;
        }
        int runStart = -1;
        for (int t = 0; t <= a.size(); t++) {
            boolean continues = t < a.size() && runStart >= 0 && a.sentence()[t] == a.sentence()[runStart]
                    && (naming == Naming.MAPPED_RUNS
                            ? Objects.equals(conllType(a.ner()[t]), conllType(a.ner()[runStart]))
                            : Objects.equals(a.ner()[t], a.ner()[runStart]));
            if (runStart >= 0 && !continues) {
                out.add(new int[] {runStart, t, typeIndex(conllType(a.ner()[runStart]))});
                runStart = -1;
            }
            if (runStart < 0 && t < a.size() && conllType(a.ner()[t]) != null) {
                runStart = t;
            }
        }
        return out;
    }
}
