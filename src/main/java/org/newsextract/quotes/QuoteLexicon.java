package org.newsextract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsextract.resolve.Lexicon;

/**
 * The word lists quote attribution consults, loaded once per JVM from the project's
 * {@code models/} folder (packaged under {@code org/newsextract/models/}; provenance in
 * {@code models/README.md}):
 * <ul>
 *   <li>{@code reporting-verbs.txt}: reporting cue words ("said", "told") and phrases
 *       ("according to");</li>
 *   <li>{@code reported-speech-verbs.txt}: further cues of reported speech and thought
 *       ("believes", "found", "called for"), on top of the reporting cues.</li>
 * </ul>
 * The sex of first names and honorifics, for the gender of pronoun antecedents, is the entity
 * lexicon's ({@link Lexicon#isFemaleFirstName}, {@link Lexicon#isFemaleHonorific}): one copy of
 * {@code first-names.tsv} per JVM.
 * Lookups are case-insensitive. Immutable and thread-safe.
 */
final class QuoteLexicon {
    private static volatile QuoteLexicon instance;

    /** A person's sex as far as a first name or honorific tells it. */
    enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    private final Set<String> cueWords;
    private final Set<String> reportedWords;
    /** The phrase cues ("according to") and those of reported speech ("called for"), by their first word. */
    private final Map<String, List<String[]>> cuePhrasesByFirst;
    private final Map<String, List<String[]>> reportedPhrasesByFirst;
    /** Every word a listed cue of reported speech starts with ({@link #reportedCueStarts}). */
    private final Set<String> reportedStarts;

    private QuoteLexicon() {
        cueWords = new HashSet<>();
        List<String[]> cuePhrases = new ArrayList<>();
        for (String line : Lexicon.readModelLines("reporting-verbs.txt")) {
            String l = line.trim().toLowerCase(Locale.ROOT);
            if (l.startsWith("= ")) {
                cuePhrases.add(l.substring(2).trim().split(" +"));
            } else {
                for (String w : l.split("\\s+")) {
                    cueWords.add(w);
                }
            }
        }
        reportedWords = new HashSet<>(cueWords);
        List<String[]> reportedPhrases = new ArrayList<>(cuePhrases);
        for (String line : Lexicon.readModelLines("reported-speech-verbs.txt")) {
            String l = line.trim().toLowerCase(Locale.ROOT);
            if (l.startsWith("= ")) {
                reportedPhrases.add(l.substring(2).trim().split(" +"));
            } else if (l.startsWith("- ")) {
                for (String w : l.substring(2).trim().split("\\s+")) {
                    reportedWords.remove(w);
                }
            } else {
                for (String w : l.split("\\s+")) {
                    reportedWords.add(w);
                }
            }
        }
        cuePhrasesByFirst = byFirstWord(cuePhrases);
        reportedPhrasesByFirst = byFirstWord(reportedPhrases);
        Set<String> starts = new HashSet<>(reportedWords);
        for (String[] phrase : reportedPhrases) {
            starts.add(phrase[0]);
        }
        reportedStarts = Set.copyOf(starts);
    }

    /** Groups phrases by their first word, each group in list order. */
    private static Map<String, List<String[]>> byFirstWord(List<String[]> phrases) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String[] phrase : phrases) {
            out.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
        }
        return out;
    }

    /**
     * Returns the shared lexicon, loading it on first use.
     *
     * @throws org.newsextract.nlp.ModelException if a list is missing from the class path
     */
    static QuoteLexicon get() {
        QuoteLexicon l = instance;
        if (l == null) {
            synchronized (QuoteLexicon.class) {
                l = instance;
                if (l == null) {
                    l = new QuoteLexicon();
                    instance = l;
                }
            }
        }
        return l;
    }

    /** True if the word is a one-word reporting cue ("said", "told", "adding"). */
    boolean isCueWord(String word) {
        return cueWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the phrase cues that start with a word, in list order.
     *
     * @param first a lower-case word
     * @return the phrase cues ("according to") that start with it, each as lower-case words (empty if none)
     */
    List<String[]> cuePhrasesStartingWith(String first) {
        return cuePhrasesByFirst.getOrDefault(first, List.of());
    }

    /**
     * Returns the phrase cues of reported speech that start with a word, in list order.
     *
     * @param first a lower-case word
     * @return the phrase cues of reported speech ("according to", "called for") that start with it (empty if none)
     */
    List<String[]> reportedCuePhrasesStartingWith(String first) {
        return reportedPhrasesByFirst.getOrDefault(first, List.of());
    }

    /** True if the word is a one-word cue of reported speech (every quote cue, and "believes", "found", …). */
    boolean isReportedCueWord(String word) {
        return reportedWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Returns every word a listed cue of reported speech starts with: the one-word cues and each phrase's first word (unmodifiable). */
    Set<String> reportedCueStarts() {
        return reportedStarts;
    }

    /** Returns the sex a first name tells, {@link Gender#UNKNOWN} when the list does not say. */
    Gender genderOfFirstName(String name) {
        return gender(Lexicon.get().isFemaleFirstName(name));
    }

    /** Returns the sex an honorific tells ("Mrs." female, "Mr." male), {@link Gender#UNKNOWN} for any other word. */
    Gender genderOfHonorific(String word) {
        return gender(Lexicon.get().isFemaleHonorific(word));
    }

    private static Gender gender(Boolean female) {
        return female == null ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
    }
}
