/**
 * Internal: the Stanford CoreNLP engine. The only package that touches CoreNLP types and its
 * string-keyed configuration. Not part of the public API.
 */
package org.newsextract.corenlp;
