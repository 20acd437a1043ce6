package org.newsextract.nlp;

import java.util.Optional;

import org.newsextract.EntityType;

/** The labels a name tagger assigns: the three entity types and MISC (names of other things). */
public enum NameLabel {
    PER, LOC, ORG, MISC;

    /** Returns the entity type of this label, empty for MISC. */
    public Optional<EntityType> entityType() {
        return switch (this) {
            case PER -> Optional.of(EntityType.PERSON);
            case LOC -> Optional.of(EntityType.PLACE);
            case ORG -> Optional.of(EntityType.ORGANIZATION);
            case MISC -> Optional.empty();
        };
    }

    /** Returns the label of an entity type. */
    public static NameLabel of(EntityType type) {
        return switch (type) {
            case PERSON -> PER;
            case PLACE -> LOC;
            case ORGANIZATION -> ORG;
        };
    }
}
