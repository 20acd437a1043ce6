package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Turns the names a tagger found sentence by sentence into document-level entities, applying
 * the rules of this package in order (see {@code package-info.java}). One implementation for
 * every engine. Thread-safe: holds only the immutable {@link Lexicon}.
 */
public final class EntityResolver {
    private final Lexicon lexicon;
    private final Boundaries boundaries;
    private final Acronyms acronyms;
    private final Surnames surnames;
    private final TypeVote typeVote = new TypeVote();
    private final Propagation propagation;
    private final OrganizationCues organizationCues;
    private final NewsStructure newsStructure;
    private final EventNames eventNames;
    private final Nicknames nicknames = new Nicknames();
    private final Headlines headlines;
    private final CommonNouns commonNouns;
    private final CommonWords commonWords;
    private final MiscCues miscCues;
    private final ContextCues contextCues;
    private final CompoundNames compoundNames;
    private final Citations citations;
    private final NameHeads nameHeads;
    private final UncertainPlaces uncertainPlaces;
    private final TeamRecords teamRecords = new TeamRecords();
    private final PlaceLists placeLists = new PlaceLists();
    private final DefinedNames definedNames;
    private final SpeakingNames speakingNames;
    private final StreetNames streetNames;
    private final FieldsOfStudy fieldsOfStudy;
    private final NameCleaner cleaner;
    private final Clusters clusters;
    private final PlaceKinds placeKinds;

    private final java.util.Set<Rule> rules;

    /** A resolver with every rule. @param lexicon the word lists the rules consult */
    public EntityResolver(Lexicon lexicon) {
        this(lexicon, java.util.EnumSet.allOf(Rule.class));
    }

    /**
     * A resolver with only some rules, for measuring what each contributes.
     *
     * @param lexicon the word lists the rules consult
     * @param rules   the rules to apply (cleaning, clustering and place kinds always apply)
     */
    public EntityResolver(Lexicon lexicon, java.util.Set<Rule> rules) {
        this.rules = java.util.Set.copyOf(rules);
        this.lexicon = lexicon;
        this.boundaries = new Boundaries(lexicon);
        this.acronyms = new Acronyms(lexicon);
        this.surnames = new Surnames(lexicon);
        this.propagation = new Propagation(lexicon);
        this.organizationCues = new OrganizationCues(lexicon);
        this.newsStructure = new NewsStructure(lexicon);
        this.eventNames = new EventNames(lexicon);
        this.headlines = new Headlines(lexicon);
        this.commonNouns = new CommonNouns(lexicon);
        this.commonWords = new CommonWords(lexicon);
        this.miscCues = new MiscCues(lexicon);
        this.contextCues = new ContextCues(lexicon);
        this.compoundNames = new CompoundNames(lexicon);
        this.citations = new Citations(lexicon);
        this.nameHeads = new NameHeads(lexicon);
        this.uncertainPlaces = new UncertainPlaces(lexicon);
        this.definedNames = new DefinedNames(lexicon, contextCues);
        this.speakingNames = new SpeakingNames(lexicon);
        this.streetNames = new StreetNames(lexicon);
        this.fieldsOfStudy = new FieldsOfStudy(lexicon);
        this.cleaner = new NameCleaner(lexicon);
        this.clusters = new Clusters(lexicon);
        this.placeKinds = new PlaceKinds(lexicon);
    }

    /**
     * Resolves a document.
     *
     * @param doc    the tokenized document
     * @param tagged the tagger's names with document-wide token indices, in order, not overlapping
     * @return the entities in order of first mention
     */
    public List<ResolvedEntity> resolve(TokenizedText doc, List<NameSpan> tagged) {
        List<NameSpan> spans0 = rules.contains(Rule.BOUNDARIES) ? boundaries.apply(doc, tagged) : tagged;
        Acronyms.Result withAcronyms = rules.contains(Rule.ACRONYMS) ? acronyms.apply(doc, spans0)
                : new Acronyms.Result(spans0, Map.of());
        Map<String, String> links = withAcronyms.links();
        TokenLabels labels = TokenLabels.of(doc, withAcronyms.spans());
        if (rules.contains(Rule.COMPOUND_NAMES)) {
            compoundNames.apply(doc, labels);
        }
        if (rules.contains(Rule.NEWS_STRUCTURE)) {
            newsStructure.apply(doc, labels);
        }
        if (rules.contains(Rule.EVENT_NAMES)) {
            eventNames.apply(doc, labels);
        }
        if (rules.contains(Rule.MISC_CUES)) {
            miscCues.apply(doc, labels);
        }
        if (rules.contains(Rule.FIELDS_OF_STUDY)) {
            fieldsOfStudy.apply(doc, labels);
        }
        if (rules.contains(Rule.COMMON_NOUNS)) {
            commonNouns.apply(doc, labels);
        }
        if (rules.contains(Rule.COMMON_WORDS)) {
            commonWords.apply(doc, labels);
        }
        if (rules.contains(Rule.HEADLINES)) {
            headlines.apply(doc, labels);
        }
        if (rules.contains(Rule.NICKNAMES)) {
            nicknames.apply(doc, labels);
        }
        if (rules.contains(Rule.NAME_HEADS)) {
            nameHeads.apply(doc, labels);
        }
        if (rules.contains(Rule.STREET_NAMES)) {
            streetNames.apply(doc, labels);
        }
        if (rules.contains(Rule.CITATIONS)) {
            citations.apply(doc, labels);
        }
        if (rules.contains(Rule.SPEAKING_NAMES)) {
            speakingNames.apply(doc, labels);
        }
        if (rules.contains(Rule.SURNAMES)) {
            surnames.apply(doc, labels.spans(), labels);
        }
        if (rules.contains(Rule.TYPE_VOTE)) {
            typeVote.apply(doc, labels.spans(), links, labels);
        }
        if (rules.contains(Rule.ORGANIZATION_CUES)) {
            organizationCues.apply(doc, labels.spans(), links, labels);
        }
        if (rules.contains(Rule.CONTEXT_CUES)) {
            contextCues.apply(doc, labels.spans(), links, labels);
        }
        if (rules.contains(Rule.PLACE_LISTS)) {
            placeLists.apply(doc, labels.spans(), links, labels);
        }
        if (rules.contains(Rule.UNCERTAIN_PLACES)) {
            uncertainPlaces.apply(doc, labels.spans(), labels);
        }
        if (rules.contains(Rule.TEAM_RECORDS)) {
            teamRecords.apply(doc, labels.spans(), links, labels);
        }
        if (rules.contains(Rule.DEFINED_NAMES)) {
            definedNames.apply(doc, labels);
        }
        if (rules.contains(Rule.PROPAGATION)) {
            propagation.apply(doc, labels.spans(), labels);
        }
        List<NameSpan> spans = cleaner.clean(doc, labels.spans());
        List<ResolvedEntity> out = new ArrayList<>();
        for (Clusters.Group g : clusters.build(doc, spans, links)) {
            NameLabel type = Clusters.typeOf(g);
            String name = Clusters.nameOf(doc, g);
            List<String> aliases = Clusters.aliasesOf(doc, g);
            PlaceKind kind = type == NameLabel.LOC ? placeKinds.kindOf(doc, name, aliases, g.mentions) : null;
            out.add(new ResolvedEntity(type, name, aliases, List.copyOf(g.mentions), kind));
        }
        return out;
    }

    /** Returns the lexicon this resolver consults. */
    public Lexicon lexicon() {
        return lexicon;
    }
}
