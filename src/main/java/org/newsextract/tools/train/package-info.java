/**
 * Training of the OpenNLP engine's name finder model on CoNLL-2003 files
 * ({@link org.newsextract.tools.train.OpenNlpTrainer}, the {@code train-opennlp} command); the
 * engine that runs the model is {@code org.newsextract.opennlp}. Not part of the public API.
 */
package org.newsextract.tools.train;
