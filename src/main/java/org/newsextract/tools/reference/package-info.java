/**
 * Raw Stanford CoreNLP as it ships, the baseline newsextract is measured against: its default
 * NER pipeline kept to given tokens and sentences ({@link org.newsextract.tools.reference.ReferenceNer},
 * for {@code accuracy}) and its pipelines timed by {@code bench}
 * ({@link org.newsextract.tools.reference.ReferencePipelines}). Loads CoreNLP's whole annotator
 * stack, which the library itself never does. Not part of the public API.
 */
package org.newsextract.tools.reference;
