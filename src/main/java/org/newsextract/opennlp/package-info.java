/**
 * Internal: the Apache OpenNLP engine (sentence detector, tokenizer, maximum-entropy name
 * finder). The only runtime package that touches OpenNLP types; the trainer of its name finder
 * model is a tool ({@code org.newsextract.tools.train}). Not part of the public API.
 */
package org.newsextract.opennlp;
