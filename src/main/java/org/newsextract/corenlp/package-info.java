/**
 * Internal: the Stanford CoreNLP engine. The only package that touches CoreNLP types and its
 * string-keyed configuration. Not part of the public API.
 *
 * <p>Tokens and sentences come from CoreNLP's PTB tokenizer and sentence splitter
 * ({@link org.newsextract.corenlp.CoreNlpTokenizer}). Names come from CoreNLP's CoNLL-2003 CRF
 * model, but not from CoreNLP's code: {@code ConllCrfModel} takes the model's parts out of the
 * loaded classifier, {@code ConllCrfFeatures} computes CoreNLP's features without building a
 * string per feature, {@code FeatureTable} looks them up by their characters, and
 * {@code CrfChainDecoder} finds the best labels and their probabilities. The results are
 * CoreNLP's, token by token ({@code CrfEquivalenceTest}); any other model is decoded by CoreNLP
 * itself ({@link org.newsextract.corenlp.CoreNlpNameTagger}).
 */
package org.newsextract.corenlp;
