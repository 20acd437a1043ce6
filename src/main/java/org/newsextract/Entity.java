package org.newsextract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world person, place or organization of a document, with every mention of it merged.
 *
 * <p>Immutable; equal when all fields are equal. {@link #toString()} prints a readable line such
 * as {@code p1 PERSON "Bashar al-Assad" (5 mentions)}.
 */
public final class Entity {
    private final String id;
    private final EntityType type;
    private final String name;
    private final List<String> aliases;
    private final List<Mention> mentions;
    private final PlaceKind placeKind;

    /**
     * Creates an entity.
     *
     * @param id        the document-unique id ({@code p1}, {@code l2}, {@code o3}); must start with
     *                  the type's {@link EntityType#idPrefix()}
     * @param type      the entity's type
     * @param name      the fullest proper name the document uses ("Bashar al-Assad")
     * @param aliases   every distinct name the document uses for it, the name included, sorted
     * @param mentions  every mention, in text order, at least one
     * @param placeKind the kind of place for {@link EntityType#PLACE}; must be null for other types
     * @throws IllegalArgumentException if an argument is null where not allowed, the id does not
     *                                  fit the type, the aliases lack the name, repeat one or are
     *                                  not sorted, there is no mention, or a place has no kind
     */
    public Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions,
                  PlaceKind placeKind) {
        if (type == null) {
            throw new IllegalArgumentException("entity type must not be null");
        }
        if (id == null || !id.startsWith(type.idPrefix())) {
            throw new IllegalArgumentException("entity id '" + id + "' must start with '" + type.idPrefix()
                    + "' for type " + type);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("entity " + id + " must have a non-blank name");
        }
        if (mentions == null || mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " must have at least one mention");
        }
        if ((type == EntityType.PLACE) != (placeKind != null)) {
            throw new IllegalArgumentException("entity " + id + ": a place kind is required for places "
                    + "and not allowed for other types");
        }
        this.id = id;
        this.type = type;
        this.name = name;
        this.aliases = List.copyOf(Checks.notNull(aliases, "entity " + id + " aliases"));
        if (!this.aliases.contains(name)) {
            throw new IllegalArgumentException("entity " + id + " aliases " + this.aliases + " must include its name '"
                    + name + "'");
        }
        for (int i = 1; i < this.aliases.size(); i++) {
            if (this.aliases.get(i - 1).compareTo(this.aliases.get(i)) >= 0) {
                throw new IllegalArgumentException("entity " + id + " aliases " + this.aliases
                        + " must be distinct and sorted");
            }
        }
        this.mentions = List.copyOf(mentions);
        this.placeKind = placeKind;
    }

    /**
     * Returns the document-unique id; quotes' speakers refer to it.
     *
     * @return the id, e.g. {@code "p1"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the entity's type.
     *
     * @return person, place or organization
     */
    public EntityType type() {
        return type;
    }

    /**
     * Returns the fullest proper name the document uses for this entity.
     *
     * @return the name, e.g. {@code "Bashar al-Assad"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns every distinct name used for the entity in the document (the name included).
     *
     * @return the names, sorted; unmodifiable
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns every mention of the entity.
     *
     * @return the mentions in text order, never empty; unmodifiable
     */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * Returns the kind of place.
     *
     * @return the kind for a place, empty for people and organizations
     */
    public Optional<PlaceKind> placeKind() {
        return Optional.ofNullable(placeKind);
    }

    /**
     * Returns the first mention in the text.
     *
     * @return the mention with the lowest offsets
     */
    public Mention firstMention() {
        return mentions.get(0);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Entity other)) {
            return false;
        }
        return id.equals(other.id) && type == other.type && name.equals(other.name)
                && aliases.equals(other.aliases) && mentions.equals(other.mentions)
                && placeKind == other.placeKind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, name, aliases, mentions, placeKind);
    }

    @Override
    public String toString() {
        return id + " " + type + (placeKind == null ? "" : "/" + placeKind) + " \"" + name + "\" ("
                + mentions.size() + (mentions.size() == 1 ? " mention)" : " mentions)");
    }
}
