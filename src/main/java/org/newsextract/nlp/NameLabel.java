package org.newsextract.nlp;

/**
 * The labels a name tagger assigns: the three entity types and MISC (names of other things).
 * The resolver's entities carry one of the first three as their type; the API package maps them
 * to its {@code EntityType} (PER person, LOC place, ORG organization), in this order.
 */
public enum NameLabel {
    PER, LOC, ORG, MISC;

    /** Returns whether this label is an entity type (PER, LOC or ORG), not MISC. */
    public boolean isEntityType() {
        return this != MISC;
    }
}
