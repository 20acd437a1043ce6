package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): which mentions are one entity, and what the entity is called.
 *
 * <p>Mentions first group by name: people by the core words of their name ("al-Assad" and
 * "Assad" alike, see {@link Names#personCore}), places by name with the spellings of
 * {@code models/place-aliases.tsv} joined ("U.S." and "United States") and a street's abbreviated
 * last word read in full ("Main St." and "Main Street"), organizations by name
 * with their acronyms joined ({@link Acronyms}). Then:
 * <ul>
 *   <li><b>People:</b> a shorter name whose core words appear, in order and together, in a
 *       longer person's name ("Assad", "Bashar") is that person; so is a name of two words or more
 *       that leaves out the longer name's middle names ("Barack Obama", "Barack Hussein Obama",
 *       {@link #namesTheSamePerson}). When several people fit
 *       ("Bashar al-Assad", "Hafez al-Assad"), each mention goes to the one named in the same or
 *       the previous sentence, if any; otherwise to the most prominent one so far (most mentions
 *       before it, ties to the most recent); a mention before any of them goes to the one
 *       mentioned most in the whole document.</li>
 *   <li><b>Organizations:</b> a name that is the tail of exactly one longer organization's name
 *       ("Foreign Ministry", "Russian Foreign Ministry") is that organization; so is one that is
 *       exactly one longer organization's name without its head word ("Apple", "Apple Inc";
 *       "Harvard", "Harvard University"; {@link #linkNamesWithoutHead}).</li>
 * </ul>
 * An entity's name is its fullest name: most words, then most used, then first used; a
 * headline's or dateline's capitals ("FLINT") give way to the same name in mixed case.
 */
final class Clusters {
    private final Lexicon lexicon;

    Clusters(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A group of mentions that is one entity. */
    static final class Group {
        final NameLabel label;
        final List<String> core;
        final List<NameSpan> mentions = new ArrayList<>();
        Group mergedInto;

        Group(NameLabel label, List<String> core) {
            this.label = label;
            this.core = core;
        }

        int first() {
            return mentions.get(0).start();
        }
    }

    List<Group> build(TokenizedText doc, List<NameSpan> spans, Map<String, String> links) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (NameSpan s : spans) {
            List<String> core = coreOf(doc, s, links);
            String key = s.label() + "|" + String.join(" ", core);
            groups.computeIfAbsent(key, k -> new Group(s.label(), core)).mentions.add(s);
        }
        List<Group> all = new ArrayList<>(groups.values());
        linkPeople(doc, all);
        linkOrganizationTails(all);
        linkNamesWithoutHead(all);
        List<Group> out = new ArrayList<>();
        for (Group g : all) {
            if (g.mergedInto == null && !g.mentions.isEmpty()) {
                g.mentions.sort(Comparator.comparingInt(NameSpan::start));
                out.add(g);
            }
        }
        out.sort(Comparator.comparingInt(Group::first));
        return out;
    }

    private List<String> coreOf(TokenizedText doc, NameSpan s, Map<String, String> links) {
        switch (s.label()) {
            case PER -> {
                List<String> core = Names.personCore(doc, s.start(), s.end(), lexicon);
                return core.isEmpty() ? List.of(Names.key(doc, s.start(), s.end())) : core;
            }
            case LOC -> {
                String canonical = lexicon.canonicalPlaceName(Names.display(doc, s.start(), s.end()));
                List<String> words = new ArrayList<>(List.of(Names.fold(canonical).split(" ")));
                if (words.size() > 1) { // "Main St." is "Main Street"
                    words.set(words.size() - 1, lexicon.expandStreetAbbreviation(words.get(words.size() - 1)));
                }
                return words;
            }
            default -> {
                String key = TypeVote.root(Names.key(doc, s.start(), s.end()), links);
                return List.of(key.split(" "));
            }
        }
    }

    private void linkPeople(TokenizedText doc, List<Group> all) {
        List<Group> people = new ArrayList<>();
        for (Group g : all) {
            if (g.label == NameLabel.PER) {
                people.add(g);
            }
        }
        // Longest names first, so "Barack Obama" joins "Barack Hussein Obama" before "Obama" looks for a home.
        people.sort(Comparator.comparingInt((Group g) -> -g.core.size()).thenComparingInt(Group::first));
        for (Group shorter : people) {
            List<Group> candidates = new ArrayList<>();
            for (Group longer : people) {
                if (longer != shorter && longer.mergedInto == null && longer.core.size() > shorter.core.size()
                        && namesTheSamePerson(longer.core, shorter.core)) {
                    candidates.add(longer);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            if (candidates.size() == 1) {
                candidates.get(0).mentions.addAll(shorter.mentions);
                candidates.get(0).mentions.sort(Comparator.comparingInt(NameSpan::start));
            } else {
                for (NameSpan m : shorter.mentions) {
                    Group target = choose(doc, m, ofHonorificsSex(doc, m, candidates));
                    target.mentions.add(m);
                    target.mentions.sort(Comparator.comparingInt(NameSpan::start));
                }
            }
            shorter.mentions.clear();
            shorter.mergedInto = candidates.get(0);
        }
    }

    /**
     * True if a shorter person's name can be the longer one's: its core words appear in it in
     * order and together ("Assad" in "Bashar al-Assad"), or, for a name of
     * {@link #MIN_SKIPPING_NAME_WORDS} words or more, in order with middle names left out and the
     * same last word ("Barack Obama" in "Barack Hussein Obama", "Otto Jespersen" in "Jens Otto Harry
     * Jespersen"). Biographies and news give a person's full name once and the short one after;
     * without the second case the two were different people.
     */
    static boolean namesTheSamePerson(List<String> longer, List<String> shorter) {
        if (Collections.indexOfSubList(longer, shorter) >= 0) {
            return true;
        }
        if (shorter.size() < MIN_SKIPPING_NAME_WORDS
                || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))) {
            return false;
        }
        int at = 0;
        for (String w : longer) {
            if (at < shorter.size() && w.equals(shorter.get(at))) {
                at++;
            }
        }
        return at == shorter.size();
    }

    /**
     * The candidates a bare name's honorific allows: after "Mr." the men, after "Mrs." or "Ms."
     * the women ({@link Lexicon#isFemaleHonorific}), as their first names tell
     * ({@link Lexicon#isFemaleFirstName}): news written in
     * that style names "Hillary Clinton" and "Bill Clinton" once and then "Mrs. Clinton" and "Mr.
     * Clinton". All candidates when there is no honorific or none of them fits it.
     */
    private List<Group> ofHonorificsSex(TokenizedText doc, NameSpan m, List<Group> candidates) {
        int before = m.start() - 1;
        if (before < doc.sentenceStart(doc.sentenceOf(m.start()))) {
            return candidates;
        }
        Boolean woman = lexicon.isFemaleHonorific(doc.word(before));
        if (woman == null) {
            return candidates;
        }
        List<Group> fit = new ArrayList<>();
        for (Group g : candidates) {
            if (woman.equals(lexicon.isFemaleFirstName(g.core.get(0)))) {
                fit.add(g);
            }
        }
        return fit.isEmpty() ? candidates : fit;
    }

    /** The fewest words of a name that may leave out the longer name's middle names ("Barack Obama"). */
    static final int MIN_SKIPPING_NAME_WORDS = 2;

    /** Picks the person a bare name refers to among several that fit (see the class comment). */
    static Group choose(TokenizedText doc, NameSpan m, List<Group> candidates) {
        int sentence = doc.sentenceOf(m.start());
        Group recent = null;
        int recentPos = -1;
        for (Group g : candidates) {
            for (NameSpan other : g.mentions) {
                if (other.start() < m.start() && doc.sentenceOf(other.start()) >= sentence - 1
                        && other.start() > recentPos) {
                    recent = g;
                    recentPos = other.start();
                }
            }
        }
        if (recent != null) {
            return recent;
        }
        Group best = null;
        int bestCount = 0;
        int bestLast = -1;
        for (Group g : candidates) {
            int count = 0;
            int last = -1;
            for (NameSpan other : g.mentions) {
                if (other.start() < m.start()) {
                    count++;
                    last = Math.max(last, other.start());
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && last > bestLast)) {
                best = g;
                bestCount = count;
                bestLast = last;
            }
        }
        if (best != null) {
            return best;
        }
        Group most = candidates.get(0);
        for (Group g : candidates) {
            if (g.mentions.size() > most.mentions.size()
                    || (g.mentions.size() == most.mentions.size() && g.first() < most.first())) {
                most = g;
            }
        }
        return most;
    }

    /** A name that is the tail of a longer organization's name ("Foreign Ministry" of "Russian Foreign Ministry"). */
    private static void linkOrganizationTails(List<Group> all) {
        linkToOnlyLonger(all, (shorter, longer) -> longer.core.size() > shorter.core.size()
                && longer.core.subList(longer.core.size() - shorter.core.size(), longer.core.size()).equals(shorter.core));
    }

    /**
     * An organization's name that is exactly one longer organization's name without its head
     * word ({@code org} in {@code models/name-heads.tsv}) is that organization: "Apple" and "Apple
     * Inc", "Harvard" and "Harvard University", "Labour" and "Labour Party". Not done for places:
     * a town and the island, river or peninsula named after it are often two places ("Coron" and
     * "Coron Island", "Casamance" and "Casamance River" in GUM; with places, this lost four GUM
     * entities for every five it joined).
     */
    private void linkNamesWithoutHead(List<Group> all) {
        linkToOnlyLonger(all, (shorter, longer) -> longer.core.size() == shorter.core.size() + 1
                && longer.core.subList(0, shorter.core.size()).equals(shorter.core)
                && lexicon.nameHead(longer.core.get(shorter.core.size()), false) == Lexicon.NameHead.ORG);
    }

    /**
     * Merges each organization into the one other organization that {@code names} says it names,
     * when exactly one does.
     */
    private static void linkToOnlyLonger(List<Group> all, java.util.function.BiPredicate<Group, Group> names) {
        for (Group shorter : all) {
            if (shorter.label != NameLabel.ORG || shorter.mergedInto != null || shorter.mentions.isEmpty()) {
                continue;
            }
            Group only = null;
            int fits = 0;
            for (Group longer : all) {
                if (longer != shorter && longer.label == NameLabel.ORG && longer.mergedInto == null
                        && names.test(shorter, longer)) {
                    only = longer;
                    fits++;
                }
            }
            if (fits == 1) {
                only.mentions.addAll(shorter.mentions);
                only.mentions.sort(Comparator.comparingInt(NameSpan::start));
                shorter.mentions.clear();
                shorter.mergedInto = only;
            }
        }
    }

    /** Returns the entity's fullest name: most words, then most used, then first used. */
    static String nameOf(TokenizedText doc, Group g) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> firstUse = new HashMap<>();
        java.util.Set<String> mixedCase = new java.util.HashSet<>();
        for (NameSpan m : g.mentions) {
            String text = Names.display(doc, m.start(), m.end());
            uses.merge(text, 1, Integer::sum);
            words.put(text, m.length());
            firstUse.putIfAbsent(text, m.start());
            if (!Names.isAllCaps(text)) {
                mixedCase.add(text.toLowerCase(Locale.ROOT));
            }
        }
        String best = null;
        for (String text : uses.keySet()) {
            if (Names.isAllCaps(text) && mixedCase.contains(text.toLowerCase(Locale.ROOT))) {
                continue; // prefer "Flint" to a dateline's "FLINT"
            }
            if (best == null || words.get(text) > words.get(best)
                    || words.get(text).equals(words.get(best)) && (uses.get(text) > uses.get(best)
                    || uses.get(text).equals(uses.get(best)) && firstUse.get(text) < firstUse.get(best))) {
                best = text;
            }
        }
        return best;
    }

    static List<String> aliasesOf(TokenizedText doc, Group g) {
        TreeSet<String> aliases = new TreeSet<>();
        for (NameSpan m : g.mentions) {
            aliases.add(Names.display(doc, m.start(), m.end()));
        }
        return List.copyOf(aliases);
    }

    static NameLabel typeOf(Group g) {
        if (!g.label.isEntityType()) {
            throw new IllegalStateException("a group of " + g.label + " names is no entity");
        }
        return g.label;
    }
}
