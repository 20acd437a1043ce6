package org.newsextract.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a "person" that an organization noun introduces is an organization.
 *
 * <p>Today's business and sports news is full of companies, teams and brands that no tagger
 * trained on 1996 news has seen, and a one-word capitalized name said to do something looks like
 * a surname ("Energean said on Monday"). News introduces such names with what they are: "gas
 * producer Energean", "puffer-jacket maker Moncler", "the militant group Hayat Tahrir al-Sham". A
 * name tagged as a person becomes an organization in all its mentions (its acronym's too) when,
 * at least once, the word before it is an organization noun ({@link Lexicon#isOrganizationNoun},
 * {@code models/organization-nouns.txt}), unless a title stands before it somewhere ("President",
 * {@link Lexicon#isTitle}), a mention starts with a common first name ({@link Lexicon#isFirstName}:
 * "investor Warren Buffett" stays a person) or a one-word mention is a word of another person's
 * full name in the document ("Ted Baker" then "Baker"). After a noun that names nothing but a
 * company ({@link #COMPANY_NOUNS}: "retailer", "drugmaker", "bank") a name that starts with a first
 * name is the company too ("fashion retailer Ted Baker", "drugmaker Eli Lilly"): people are
 * introduced by such nouns only with another word between ("retailer boss Ted Baker"). A name
 * coordinated with one that the noun introduces shares the cue ("drugmakers Pfizer and Moderna",
 * "carmakers BMW, Daimler and Volkswagen").
 *
 * <p>Measured (docs/ACCURACY.md): on CoNLL++ dev +0.9 F1, on CoNLL-2003 dev and wikigold no
 * change. Relabelling every one-word person never named in full, without the noun, gained 2 F1
 * on CoNLL++ but lost 0.5 on CoNLL-2003 dev (cricket scorecards, lists of players) and on
 * wikigold (villages, peoples and people known by one name), so it is not done.
 */
final class OrganizationCues {
    /**
     * Organization nouns that, right before a name, never introduce a person, so that a first
     * name does not make the name a person's: companies are named after their founders ("Ted
     * Baker", "Eli Lilly", "John Lewis"). Not "group", "team", "producer", "publisher",
     * "developer", "label" or "rival", which also come before people ("record producer Mark
     * Ronson", "publisher Rupert Murdoch").
     */
    static final Set<String> COMPANY_NOUNS = Set.of("retailer", "retailers", "carmaker", "carmakers", "automaker",
            "automakers", "chipmaker", "chipmakers", "drugmaker", "drugmakers", "toymaker", "airline", "bank", "insurer",
            "lender", "conglomerate", "brand", "chain", "company", "firm", "manufacturer", "subsidiary", "start-up",
            "startup", "broadcaster", "newspaper");
    /** Words that coordinate a name with the one before it ("Pfizer and Moderna", "BMW, Daimler"). */
    private static final Set<String> COORDINATORS = Set.of("and", ",", "&");

    private final Lexicon lexicon;

    OrganizationCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, List<NameSpan> spans, Map<String, String> links, TokenLabels labels) {
        Map<String, List<NameSpan>> groups = TypeVote.groupsByName(doc, spans, links, s -> s.label() == NameLabel.PER);
        for (Map.Entry<String, List<NameSpan>> group : groups.entrySet()) {
            List<NameSpan> members = group.getValue();
            List<String> nouns = members.stream().map(s -> organizationNounBefore(doc, s, spans)).filter(n -> n != null)
                    .toList();
            if (nouns.isEmpty() || members.stream().anyMatch(s -> afterTitle(doc, s))) {
                continue;
            }
            boolean company = nouns.stream().anyMatch(COMPANY_NOUNS::contains);
            Set<String> otherPeople = personWords(doc, groups, group.getKey());
            if (members.stream().allMatch(s -> unlikePerson(doc, s, otherPeople, company))) {
                for (NameSpan s : members) {
                    labels.relabel(s.start(), s.end(), NameLabel.ORG);
                }
            }
        }
    }

    /** The words of the other groups' person names of two words or more, lower case. */
    private static Set<String> personWords(TokenizedText doc, Map<String, List<NameSpan>> groups, String except) {
        Set<String> words = new HashSet<>();
        for (Map.Entry<String, List<NameSpan>> g : groups.entrySet()) {
            if (g.getKey().equals(except)) {
                continue;
            }
            for (NameSpan s : g.getValue()) {
                if (s.length() >= 2) {
                    for (int t = s.start(); t < s.end(); t++) {
                        words.add(doc.word(t).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }

    /**
     * A one-word name that is no first name and no word of another person's full name, or a
     * longer name that does not start with a first name ("Hayat Tahrir al-Sham", not "Warren
     * Buffett").
     */
    private boolean unlikePerson(TokenizedText doc, NameSpan s, Set<String> otherPeople, boolean company) {
        String first = doc.word(s.start());
        if (lexicon.isFirstName(first)) {
            return company && s.length() >= 2;
        }
        return s.length() >= 2 || !otherPeople.contains(first.toLowerCase(Locale.ROOT));
    }

    /**
     * The organization noun right before {@code s}, lower case, or before the first of the names
     * coordinated with it ("drugmakers Pfizer and [Moderna]"); null if there is none.
     */
    private String organizationNounBefore(TokenizedText doc, NameSpan s, List<NameSpan> spans) {
        int sentenceStart = doc.sentenceStart(doc.sentenceOf(s.start()));
        NameSpan name = s;
        while (true) {
            int before = name.start() - 1;
            if (before < sentenceStart) {
                return null;
            }
            if (lexicon.isOrganizationNoun(doc.word(before))) {
                return doc.word(before).toLowerCase(Locale.ROOT);
            }
            if (!COORDINATORS.contains(doc.word(before).toLowerCase(Locale.ROOT))) {
                return null;
            }
            NameSpan previous = endingAt(spans, before);
            if (previous == null) {
                return null;
            }
            name = previous;
        }
    }

    /** The name span that ends right before token {@code end}, or null. */
    private static NameSpan endingAt(List<NameSpan> spans, int end) {
        for (NameSpan s : spans) {
            if (s.end() == end && s.label() != NameLabel.MISC) {
                return s;
            }
        }
        return null;
    }

    /** The longest title checked before a name, in words ("foreign minister"). */
    private static final int TITLE_WORDS = 2;

    private boolean afterTitle(TokenizedText doc, NameSpan s) {
        int first = doc.sentenceStart(doc.sentenceOf(s.start()));
        for (int from = Math.max(first, s.start() - TITLE_WORDS); from < s.start(); from++) {
            StringBuilder phrase = new StringBuilder();
            for (int t = from; t < s.start(); t++) {
                phrase.append(t > from ? " " : "").append(doc.word(t));
            }
            if (lexicon.isTitle(phrase.toString())) {
                return true;
            }
        }
        return false;
    }
}
