package org.newsextract.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsextract.nlp.ModelException;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.nlp.Resources;

/**
 * The word lists the resolution rules consult, loaded once per JVM.
 *
 * <p>Two sources (provenance in {@code models/README.md}):
 * <ul>
 *   <li>the project's own files in {@code models/}: {@code titles.txt}, {@code pronouns.txt},
 *       {@code name-particles.txt}, {@code function-words.txt}, {@code calendar-words.txt}, {@code state-bodies.txt},
 *       {@code name-heads.tsv}, {@code generic-nouns.txt}, {@code misc-cues.tsv}, {@code kind-nouns.tsv},
 *       {@code places.tsv}, {@code place-aliases.tsv}, {@code street-abbreviations.tsv};</li>
 *   <li>CoreNLP's KBP gazetteer ({@code regexner_caseless.tab} in the CoreNLP models jar; the
 *       build copies the categories this class reads into the library's jar): countries, states
 *       and provinces, cities, nationalities and job titles.</li>
 * </ul>
 * Lookups are case-insensitive unless a method says otherwise. Immutable and thread-safe.
 */
public final class Lexicon {
    static final String MODELS = "org/newsextract/models/";
    /**
     * The file name of the part of CoreNLP's KBP gazetteer the library ships: the build
     * ({@code org.newsextract.tools.build.CompileModels}) copies the entries of
     * {@link #GAZETTEER_CATEGORIES} from CoreNLP's models jar.
     */
    public static final String GAZETTEER_FILE = "regexner_caseless.tab";

    /** The categories of CoreNLP's KBP gazetteer this class reads. */
    public static final Set<String> GAZETTEER_CATEGORIES =
            Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "TITLE");

    static final String KBP_GAZETTEER = "org/newsextract/models/corenlp/" + GAZETTEER_FILE;

    private static final int CITY = 1;
    private static final int COUNTRY = 2;
    private static final int STATE = 4;
    private static final int NATIONALITY = 8;
    private static final int TITLE = 16;

    private static volatile Lexicon instance;

    private final Set<String> titles;
    private final Set<String> pronouns;
    private final Set<String> particles;
    private final Set<String> functionWords;
    private final Set<String> calendarWords;
    private final Set<String> stateBodies;
    private final Set<String> lowerCaseWords;
    private final Map<String, PlaceKind> placeKinds;
    private final Map<String, String> placeAliases;
    private final Map<String, String> streetAbbreviations;
    private final Map<String, Integer> gazetteer;
    private final Set<String> firstNames;
    /** First name (lower case) to whether it is a woman's ({@code F} in {@code models/first-names.tsv}). */
    private final Map<String, Boolean> femaleFirstNames;
    private final Set<String> organizationNouns;
    private final Map<String, EventNoun> eventNouns;
    private final Set<String> miscNames;
    private final Set<String> newsAgencies;
    private final Set<String> pageFurniture;
    private final Set<String> genericNouns;
    private final Map<String, MiscCue> miscCues;
    private final Map<String, String> kindNouns;
    private final Map<String, NameHead> lastHeads;
    private final Map<String, NameHead> firstHeads;

    private Lexicon() {
        organizationNouns = new HashSet<>(readLines("organization-nouns.txt"));
        newsAgencies = new HashSet<>(readLines("news-agencies.txt"));
        miscNames = new HashSet<>(readLines("misc-names.txt"));
        eventNouns = new HashMap<>();
        for (String line : readModelLines("event-nouns.txt")) {
            String[] cols = line.split("\t");
            eventNouns.put(cols[0].trim(), new EventNoun(cols.length > 1 && cols[1].trim().equals("of")));
        }
        pageFurniture = new HashSet<>(readLines("page-furniture.txt"));
        genericNouns = new HashSet<>(readLines("generic-nouns.txt"));
        kindNouns = new HashMap<>();
        for (String line : readModelLines("kind-nouns.tsv")) {
            String[] cols = line.split("\t");
            kindNouns.put(cols[0].trim().toLowerCase(Locale.ROOT), cols[1].trim());
        }
        miscCues = new HashMap<>();
        for (String line : readModelLines("misc-cues.tsv")) {
            String[] cols = line.split("\t");
            miscCues.put(cols[0].trim().toLowerCase(Locale.ROOT), MiscCue.valueOf(cols[1].trim().toUpperCase(Locale.ROOT)));
        }
        lastHeads = new HashMap<>();
        firstHeads = new HashMap<>();
        for (String line : readModelLines("name-heads.tsv")) {
            String[] cols = line.split("\t");
            NameHead kind = NameHead.valueOf(cols[2].trim().toUpperCase(Locale.ROOT));
            (cols[1].trim().equals("first") ? firstHeads : lastHeads).put(cols[0].trim().toLowerCase(Locale.ROOT), kind);
        }
        firstNames = new HashSet<>();
        Map<String, Boolean> female = new HashMap<>();
        for (String line : readModelLines("first-names.tsv")) {
            String[] cols = line.split("\t");
            firstNames.add(cols[0].trim());
            if (cols.length > 1) {
                female.put(cols[0].trim(), cols[1].trim().equals("F"));
            }
        }
        femaleFirstNames = Map.copyOf(female);
        titles = new HashSet<>(readLines("titles.txt"));
        pronouns = new HashSet<>(readLines("pronouns.txt"));
        particles = new HashSet<>(readLines("name-particles.txt"));
        functionWords = new HashSet<>(readLines("function-words.txt"));
        calendarWords = new HashSet<>(readLines("calendar-words.txt"));
        stateBodies = new HashSet<>(readLines("state-bodies.txt"));
        lowerCaseWords = new HashSet<>(readLines("lower-case-words.txt"));
        placeKinds = new HashMap<>();
        for (String line : readModelLines("places.tsv")) {
            String[] cols = line.split("\t");
            placeKinds.put(cols[0].toLowerCase(Locale.ROOT), PlaceKind.valueOf(cols[1].trim()));
        }
        placeAliases = new HashMap<>();
        for (String line : readModelLines("place-aliases.tsv")) {
            String[] names = line.split("\t");
            for (String n : names) {
                placeAliases.put(n.trim(), names[0].trim());
            }
        }
        streetAbbreviations = new HashMap<>();
        for (String line : readModelLines("street-abbreviations.tsv")) {
            String[] cols = line.split("\t");
            streetAbbreviations.put(cols[0].trim(), cols[1].trim());
        }
        gazetteer = readKbpGazetteer();
    }

    /** Returns the shared lexicon, loading it on first use. */
    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = instance;
                if (l == null) {
                    long started = System.nanoTime();
                    l = new Lexicon();
                    org.slf4j.LoggerFactory.getLogger(Lexicon.class).info("loaded lexicons ({} gazetteer entries) in {} ms",
                            l.gazetteer.size(), (System.nanoTime() - started) / 1_000_000);
                    instance = l;
                }
            }
        }
        return l;
    }

    /**
     * True if the phrase is a title or role ("president", "foreign minister", "Dr."): one of
     * {@code models/titles.txt}, or a title of two words or more in CoreNLP's list. CoreNLP's
     * one-word titles are not used: many are also first names ("Dean", "Chipper").
     */
    public boolean isTitle(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return titles.contains(p) || p.indexOf(' ') > 0 && (gazetteer.getOrDefault(p, 0) & TITLE) != 0;
    }

    /**
     * True if the word is a common given name with a clear sex in US birth records
     * ({@code models/first-names.tsv}), case-insensitive.
     */
    public boolean isFirstName(String word) {
        return firstNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns whether a common first name is a woman's (true) or a man's (false) in US birth
     * records ({@code models/first-names.tsv}), or null when the list does not say.
     */
    public Boolean isFemaleFirstName(String word) {
        return femaleFirstNames.get(word.toLowerCase(Locale.ROOT));
    }

    /** Honorifics that say a man is meant ("Mr. Clinton"), lower case. */
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord", "monsieur", "herr");
    /** Honorifics that say a woman is meant ("Mrs. Clinton", "Ms. Clinton"), lower case. */
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady",
            "dame", "mme", "mme.");

    /**
     * Returns whether an honorific before a surname says a woman (true: "Mrs.", "Ms.", "Miss") or
     * a man (false: "Mr.", "Sir") is meant, or null when the word is no such honorific. The one
     * list for entity clustering ("Mrs. Clinton") and pronoun resolution.
     */
    public Boolean isFemaleHonorific(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FEMALE_HONORIFICS.contains(w) ? Boolean.TRUE : MALE_HONORIFICS.contains(w) ? Boolean.FALSE : null;
    }

    /**
     * True if the word is a common noun that, right before a name, says the name is an
     * organization ("producer", "team", "carmaker"): {@code models/organization-nouns.txt}.
     */
    public boolean isOrganizationNoun(String word) {
        return organizationNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * An event noun ({@code models/event-nouns.txt}).
     *
     * @param beforeOf whether it also names an event before "of" and a name ("Battle of ...")
     */
    public record EventNoun(boolean beforeOf) {
    }

    /** Returns the event noun this word is ("Trophy", "Battle"), or null when it is none. */
    public EventNoun eventNoun(String word) {
        return eventNouns.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True if the phrase is a name of no person, place or organization that taggers often take
     * for one ("Brexit", "Covid-19", "New Year"): {@code models/misc-names.txt}.
     */
    public boolean isMiscName(String phrase) {
        return miscNames.contains(phraseKey(phrase));
    }

    /** A phrase as the phrase lists hold it: lower case, one space between words. */
    private static String phraseKey(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * True if the word is a common noun for a kind of organization that, alone, is a description
     * rather than a name ("Court", "Group"): {@code models/generic-nouns.txt}.
     */
    public boolean isGenericNoun(String word) {
        return genericNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns what a noun says a name it defines is ("village": a place, "band": an
     * organization; {@code models/kind-nouns.tsv}), or null.
     */
    ContextCues.Kind kindNoun(String noun) {
        String k = kindNouns.get(noun.toLowerCase(Locale.ROOT));
        return k == null ? null : ContextCues.kind(k);
    }

    /** Where a noun that marks a name as MISC stands ({@code models/misc-cues.tsv}). */
    public enum MiscCue {
        /** Right before the name, lower case: "the film ...". */
        BEFORE,
        /** Right after the name, lower case: "... language". */
        AFTER,
        /** Capitalized, starting the name: "Hurricane ...". */
        PREFIX
    }

    /** Returns where this word marks a name next to it as MISC, or null when it does not. */
    public MiscCue miscCue(String word) {
        return miscCues.get(word.toLowerCase(Locale.ROOT));
    }

    /** What a head word says a name names ({@code models/name-heads.tsv}). */
    public enum NameHead {
        /** A street, road or natural feature: "... Avenue", "... River". */
        FEATURE,
        /** An area or settlement: "... County", "Fort ...". */
        PLACE,
        /** A building or site: "... Airport", "... Hotel". */
        FACILITY,
        /** An organization: "... Inc", "... University". */
        ORG
    }

    /**
     * Returns what a name whose last word (or, when {@code first}, first word) is this word
     * names, or null when the word is no head word.
     */
    public NameHead nameHead(String word, boolean first) {
        return (first ? firstHeads : lastHeads).get(word.toLowerCase(Locale.ROOT));
    }

    /** True if the word names a news agency or photo pool ("Reuters", "AFP", "Pool"): {@code models/news-agencies.txt}. */
    public boolean isNewsAgency(String word) {
        return newsAgencies.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True if the phrase is web-page furniture ("Slideshow", "File Photo"): {@code models/page-furniture.txt}. */
    public boolean isPageFurniture(String phrase) {
        return pageFurniture.contains(phraseKey(phrase));
    }

    /** True if the word is a pronoun or a pronoun-like determiner ("he", "their", "this"). */
    public boolean isPronoun(String word) {
        return pronouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True if the word is an English function word ("the", "of", "when"), case-insensitive. */
    public boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True if an English dictionary has the word in lower case only, never as a name
     * ("according", "career", "understand"; not "grant" or "bush", which are names too), by
     * {@code models/lower-case-words.txt}; case-insensitive.
     */
    public boolean isLowerCaseWord(String word) {
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True if the word names a month or a weekday ("Sunday", "Oct"), case-insensitive. */
    public boolean isCalendarWord(String word) {
        return calendarWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True if the word is the head of a state body's name ("Ministry", "Army"), case-insensitive. */
    public boolean isStateBody(String word) {
        return stateBodies.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True if the word is a name particle ("al-", "bin", "van"); prefixes are given with their hyphen. */
    public boolean isParticle(String word) {
        return particles.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True if the phrase is a nationality or demonym ("Syrian", "Russians", "Palestinians"):
     * words for people of a place, not the place.
     */
    public boolean isNationality(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if ((gazetteer.getOrDefault(p, 0) & NATIONALITY) != 0) {
            return true;
        }
        return p.endsWith("s") && p.length() > 3 && (gazetteer.getOrDefault(p.substring(0, p.length() - 1), 0)
                & NATIONALITY) != 0 && (gazetteer.getOrDefault(p, 0) & (COUNTRY | STATE | CITY)) == 0;
    }

    /** Returns the place kind the lexicons give a name, or null when they know no such place. */
    public PlaceKind placeKind(String name) {
        String p = name.toLowerCase(Locale.ROOT);
        PlaceKind own = placeKinds.get(p);
        if (own != null) {
            return own;
        }
        int bits = gazetteer.getOrDefault(p, 0);
        if ((bits & COUNTRY) != 0) {
            return PlaceKind.COUNTRY;
        }
        if ((bits & STATE) != 0) {
            return PlaceKind.STATE_OR_PROVINCE;
        }
        if ((bits & CITY) != 0) {
            return PlaceKind.CITY;
        }
        String canonical = placeAliases.get(name);
        if (canonical != null && !canonical.equals(name)) {
            return placeKind(canonical);
        }
        return null;
    }

    /** Returns the preferred name of a place with several spellings ("U.S." → "United States"), case-sensitive. */
    public String canonicalPlaceName(String name) {
        return placeAliases.getOrDefault(name, name);
    }

    /**
     * Returns the word a street name's last-word abbreviation stands for ("st." → "street", "ave"
     * → "avenue"; {@code models/street-abbreviations.tsv}), or the word itself; lower case in, lower case out.
     */
    public String expandStreetAbbreviation(String lowerCaseWord) {
        return streetAbbreviations.getOrDefault(lowerCaseWord, lowerCaseWord);
    }

    private static List<String> readLines(String file) {
        List<String> out = new ArrayList<>();
        for (String line : readModelLines(file)) {
            out.add(line.trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Returns the lines of a word list in {@code models/} (packaged under {@code org/newsextract/models/}),
     * without blank lines and {@code #} comments.
     *
     * @throws ModelException       if the file is not on the class path
     * @throws UncheckedIOException if it cannot be read
     */
    public static List<String> readModelLines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = open(MODELS + file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = Resources.open(resource);
        if (in == null) {
            throw new ModelException("lexicon resource " + resource + " is not on the class path");
        }
        return in;
    }

    /** Reads the useful categories of CoreNLP's gazetteer, leaving out its derived forms ("Paris-born"). */
    private static Map<String, Integer> readKbpGazetteer() {
        Map<String, Integer> out = new HashMap<>(1 << 17);
        try (InputStream in = open(KBP_GAZETTEER);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                Optional<GazetteerEntry> entry = GazetteerEntry.read(line);
                if (entry.isEmpty()) {
                    continue;
                }
                int bit = switch (entry.get().category()) {
                    case "CITY" -> CITY;
                    case "COUNTRY" -> COUNTRY;
                    case "STATE_OR_PROVINCE" -> STATE;
                    case "NATIONALITY" -> NATIONALITY;
                    case "TITLE" -> TITLE;
                    default -> throw new IllegalStateException("category " + entry.get().category());
                };
                out.merge(entry.get().name().toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP gazetteer " + KBP_GAZETTEER, e);
        }
        return out;
    }

    /**
     * A line of CoreNLP's KBP gazetteer that this class reads: a name and one of
     * {@link #GAZETTEER_CATEGORIES}. The build copies only such lines into the library.
     *
     * @param name     the name, as the gazetteer writes it
     * @param category its category
     */
    public record GazetteerEntry(String name, String category) {
        /**
         * Reads a gazetteer line (name TAB category [TAB ...]).
         *
         * @return the entry, or empty for a line without a name, of another category, or naming a
         *         derived form of a city ("Paris-born")
         */
        public static Optional<GazetteerEntry> read(String line) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                return Optional.empty();
            }
            int tab2 = line.indexOf('\t', tab + 1);
            String category = tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
            if (!GAZETTEER_CATEGORIES.contains(category)) {
                return Optional.empty();
            }
            String name = line.substring(0, tab);
            if ("CITY".equals(category) && name.indexOf('-') >= 0 && isDerivedForm(name)) {
                return Optional.empty();
            }
            return Optional.of(new GazetteerEntry(name, category));
        }
    }

    private static boolean isDerivedForm(String name) {
        int dash = name.lastIndexOf('-');
        String suffix = name.substring(dash + 1);
        return switch (suffix) {
            case "born", "based", "area", "headquartered", "owned", "controlled", "raised", "educated", "backed",
                 "trained", "registered" -> true;
            default -> false;
        };
    }
}
