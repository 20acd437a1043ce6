package org.newsextract.resolve;

/**
 * The steps of document-level processing that can be switched off one by one, to measure what
 * each contributes (the ablation table in {@code docs/}). Users always get all of them.
 */
public enum Rule {
    /** The tagger sees whole runs of sentences rather than one sentence at a time ({@code Pipeline}). */
    DOCUMENT_CONTEXT,
    /** {@link Boundaries}: trimming, "and"-splitting, nationality + state body. */
    BOUNDARIES,
    /** {@link Acronyms}: "Long Name (LN)" aliases. */
    ACRONYMS,
    /** {@link CompoundNames}: "Bosnia and Herzegovina", "Washington, D.C.", "Macy's" are one name; e-mail addresses are none. */
    COMPOUND_NAMES,
    /** {@link NewsStructure}: datelines, photo credits, bylines and page furniture. */
    NEWS_STRUCTURE,
    /** {@link EventNames}: "Battle of Gettysburg", "Rimington Trophy" are MISC, not entities. */
    EVENT_NAMES,
    /** {@link MiscCues}: "the film House of Wax", "the Moriori language", "Cyclone Phailin" are MISC. */
    MISC_CUES,
    /** {@link FieldsOfStudy}: "a Ph.D. in Linguistics", "a major in Information Technology" name fields, not organizations. */
    FIELDS_OF_STUDY,
    /** {@link CommonNouns}: "the Court", "the Group" alone are descriptions, not names. */
    COMMON_NOUNS,
    /** {@link CommonWords}: a one-word name capitalized only first in its sentence or line, and written in lower case elsewhere, is a common word. */
    COMMON_WORDS,
    /** {@link Headlines}: a title-case headline's names count only if the article uses them. */
    HEADLINES,
    /** {@link Nicknames}: Robin “ropz” Kool is one person. */
    NICKNAMES,
    /** {@link NameHeads}: "Fort Lee" is a place, "Herman Miller Inc" a company, not a person. */
    NAME_HEADS,
    /** {@link StreetNames}: an untagged "Main Street", "Telegraph Avenue" is a place. */
    STREET_NAMES,
    /** {@link Citations}: the authors of "(Dye &amp; Bavelier, 2010)" and "Binderman et al." are people. */
    CITATIONS,
    /** {@link SpeakingNames}: a "MISC" name after a person's title or before "said" ("Secretary-General Ban Ki-moon said") is a person. */
    SPEAKING_NAMES,
    /** {@link Surnames}: a full name's last word names the person. */
    SURNAMES,
    /** {@link TypeVote}: a person everywhere or nowhere; place context. */
    TYPE_VOTE,
    /** {@link OrganizationCues}: a one-word person after "producer", "team", "...maker" is an organization. */
    ORGANIZATION_CUES,
    /** {@link ContextCues}: "Brensbach is a municipality", "the village of X", "X, Maryland" make a "person" a place or organization. */
    CONTEXT_CUES,
    /** {@link PlaceLists}: a "person" listed among places ("Peoria, Chandler, and Gilbert") is a place. */
    PLACE_LISTS,
    /** {@link UncertainPlaces}: a known place the tagger called an organization without conviction ("born in Randers") is the place. */
    UNCERTAIN_PLACES,
    /** {@link TeamRecords}: "New England (6-6)" is a team, not the place. */
    TEAM_RECORDS,
    /** {@link DefinedNames}: an untagged "Aisby is a village", "CALOI is a major Brazilian manufacturer" is a place, an organization. */
    DEFINED_NAMES,
    /** {@link Propagation}: a name tagged once is tagged where it recurs. */
    PROPAGATION
}
