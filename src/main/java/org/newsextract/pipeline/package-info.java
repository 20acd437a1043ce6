/**
 * Internal: one engine's tokenizer and tagger joined to the shared resolver and the quotation
 * extractor ({@link org.newsextract.pipeline.Pipeline}), the one place that maps an engine to its
 * parts ({@link org.newsextract.pipeline.Engines}), and the ordered parallel map that batches run
 * on. Produces internal values; the API package {@code org.newsextract} makes its
 * {@code Extraction} from them. Not part of the public API.
 */
package org.newsextract.pipeline;
