/**
 * Internal: the Apache OpenNLP engine (sentence detector, tokenizer, maximum-entropy name
 * finder) and the trainer of its name finder model. The only package that touches OpenNLP
 * types. Not part of the public API.
 */
package org.newsextract.opennlp;
