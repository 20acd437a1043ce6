/**
 * Internal: CoNLL-2003 column files: reading them into documents, tagging them with the full
 * pipeline ({@code tag --conll}) and scoring tags (conlleval semantics). Not part of the public API.
 */
package org.newsextract.conll;
