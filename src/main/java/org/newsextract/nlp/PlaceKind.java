package org.newsextract.nlp;

/**
 * What kind of place a resolved {@link NameLabel#LOC} entity is: the internal twin of the API's
 * {@code org.newsextract.PlaceKind}, with the same constants in the same order (the API package
 * converts by name; the lexicon's {@code places.tsv} names them too).
 */
public enum PlaceKind {
    /** A city, town or village. */
    CITY,
    /** A sovereign country. */
    COUNTRY,
    /** A first-level division: a US state, a Canadian province, a German Land, … */
    STATE_OR_PROVINCE,
    /** A region larger or other than a state: a continent, "the Middle East", "Gaza Strip". */
    REGION,
    /** A place of no kind above, or of a kind nothing tells. */
    OTHER
}
