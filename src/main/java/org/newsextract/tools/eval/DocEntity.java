package org.newsextract.tools.eval;

import java.util.List;
import java.util.Objects;

import org.newsextract.EntityType;

/**
 * A document-level entity as the GUM scorer sees it, gold or predicted: a type, a name and
 * mention spans in Unicode code points.
 *
 * @param type     person, place or organization
 * @param name     the entity's name
 * @param mentions its mention spans (code point offsets), at least one
 */
public record DocEntity(EntityType type, String name, List<Span> mentions) {
    /**
     * A span of code points {@code [start, end)}.
     *
     * @param start first code point
     * @param end   one past the last code point
     */
    public record Span(int start, int end) {
        /** @throws IllegalArgumentException if {@code start < 0} or {@code end <= start} */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }

        /** Returns whether this span lies inside {@code other} and is not equal to it. */
        public boolean strictlyInside(Span other) {
            return other.start <= start && end <= other.end && !equals(other);
        }
    }

    /** @throws NullPointerException if an argument is null; IllegalArgumentException if there is no mention */
    public DocEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity '" + name + "' has no mention");
        }
    }
}
