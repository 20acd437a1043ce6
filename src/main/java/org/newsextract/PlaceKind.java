package org.newsextract;

/**
 * What kind of place a {@link EntityType#PLACE} entity is.
 *
 * <p>Decided from gazetteers (see {@code models/README.md}) and from the text itself
 * ("the city of Homs"); {@link #OTHER} when neither says.
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
