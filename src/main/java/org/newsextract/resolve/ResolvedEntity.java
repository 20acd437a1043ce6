package org.newsextract.resolve;

import java.util.List;

import org.newsextract.EntityType;
import org.newsextract.PlaceKind;
import org.newsextract.nlp.NameSpan;

/**
 * One entity as the resolver built it: its mentions as document-wide token spans.
 *
 * @param type     the entity's type
 * @param name     the fullest name used
 * @param aliases  every distinct name used, sorted
 * @param mentions the mentions in text order
 * @param kind     the place kind for places, null otherwise
 */
public record ResolvedEntity(EntityType type, String name, List<String> aliases, List<NameSpan> mentions,
                             PlaceKind kind) {
}
