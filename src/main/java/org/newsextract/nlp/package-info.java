/**
 * Internal: the two small interfaces every engine implements ({@link org.newsextract.nlp.TextTokenizer},
 * {@link org.newsextract.nlp.NameTagger}) and the values they exchange. Not part of the public API.
 */
package org.newsextract.nlp;
