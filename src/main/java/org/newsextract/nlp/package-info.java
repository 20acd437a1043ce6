/**
 * Internal: the two small interfaces every engine implements ({@link org.newsextract.nlp.TextTokenizer},
 * {@link org.newsextract.nlp.NameTagger}), the values the internal packages exchange (labels,
 * name spans, resolved entities, place kinds), the exception they throw when a model cannot be
 * loaded, and the lookup of model resources. Not part of the public API: the API package
 * {@code org.newsextract} converts these values into its own.
 */
package org.newsextract.nlp;
