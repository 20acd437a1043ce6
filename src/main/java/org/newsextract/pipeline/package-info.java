/**
 * Internal: one engine's tokenizer and tagger joined to the shared resolver, producing
 * {@link org.newsextract.Extraction}s. Not part of the public API.
 */
package org.newsextract.pipeline;
