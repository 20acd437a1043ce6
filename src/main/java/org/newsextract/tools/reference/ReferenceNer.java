package org.newsextract.tools.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Raw CoreNLP's default NER pipeline ({@link ReferencePipelines#NER}, every other property at its
 * default) as the accuracy evaluation's reference system. Each token's NER tag is mapped to PER,
 * LOC or ORG by {@link #conllType} (other tags are O); a name is a maximal run of tokens of one
 * mapped type within a sentence. (CoreNLP's own entity mentions were not used: on CoNLL++ dev they
 * split names and score 4.8 F1 lower, 78.91 against 83.69, measured 2026-12-01.) Not used by newsextract itself. No CoreNLP type leaves this class.
 * Thread-safe: {@code StanfordCoreNLP.annotate} may be called from several threads.
 */
public final class ReferenceNer {
    /** One CoreNLP entity mention kept: UTF-16 offsets into the text, CoNLL type, surface text. */
    public record Mention(int start, int end, String type, String text) {
    }

    private final StanfordCoreNLP raw;
    private final StanfordCoreNLP pretokenized;

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
     * Annotates a raw text with the fully default pipeline.
     *
     * @return the PER/LOC/ORG names in text order, offsets in UTF-16 units
     * @throws RuntimeException (CoreNLP's) if annotation fails
     */
    public List<Mention> mentions(String text) {
        Annotation doc = new Annotation(text);
        raw.annotate(doc);
        List<Mention> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            String runType = null;
            int runStart = -1;
            int runEnd = -1;
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String type = conllType(token.ner());
                if (runType != null && !runType.equals(type)) {
                    out.add(new Mention(runStart, runEnd, runType, text.substring(runStart, runEnd)));
                    runType = null;
                }
                if (type != null && runType == null) {
                    runType = type;
                    runStart = token.beginPosition();
                }
                runEnd = token.endPosition();
            }
            if (runType != null) {
                out.add(new Mention(runStart, runEnd, runType, text.substring(runStart, runEnd)));
            }
        }
        return out;
    }

    /**
     * Tags given sentences of given tokens, keeping CoreNLP to exactly these tokens and sentences.
     *
     * @param sentences the tokens of each sentence (none may contain whitespace)
     * @return one IOB2 tag per token in reading order (B-/I- PER, LOC, ORG, or O)
     * @throws IllegalArgumentException if a token is empty or contains whitespace
     * @throws IllegalStateException    if CoreNLP did not keep the tokens (should not happen)
     */
    public String[] tags(List<List<String>> sentences) {
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
        Annotation doc = new Annotation(text.toString());
        pretokenized.annotate(doc);
        int made = doc.get(CoreAnnotations.TokensAnnotation.class).size();
        int sentencesMade = doc.get(CoreAnnotations.SentencesAnnotation.class).size();
        if (made != count || sentencesMade != sentences.size()) {
            throw new IllegalStateException("CoreNLP made " + made + " tokens in " + sentencesMade + " sentences of "
                    + count + " given tokens in " + sentences.size() + " sentences");
        }
        String[] tags = new String[count];
        int t = 0;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            String previous = null;
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String type = conllType(token.ner());
                tags[t++] = type == null ? "O" : (type.equals(previous) ? "I-" : "B-") + type;
                previous = type;
            }
        }
        return tags;
    }
}
