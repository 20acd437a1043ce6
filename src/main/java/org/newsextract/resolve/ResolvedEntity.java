package org.newsextract.resolve;

import java.util.List;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;

/**
 * One entity as the resolver built it: its mentions as document-wide token spans.
 *
 * @param type     the entity's type: PER, LOC or ORG
 * @param name     the fullest name used
 * @param aliases  every distinct name used, sorted
 * @param mentions the mentions in text order
 * @param kind     the place kind for places, null otherwise
 */
public record ResolvedEntity(NameLabel type, String name, List<String> aliases, List<NameSpan> mentions,
                             PlaceKind kind) {
}
