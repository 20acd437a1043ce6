/**
 * Training of the OpenNLP engine's name finder model on CoNLL-2003 files
 * ({@link org.newsextract.tools.train.OpenNlpTrainer}, the {@code train-opennlp} command); the
 * engine that runs the model is {@code org.newsextract.opennlp}. Training of the reported-speech
 * model on PolNeAR train ({@link org.newsextract.tools.train.ReportedSpeechTrainer}, the
 * {@code train-reported} command; read at run time by {@code org.newsextract.quotes.ReportedModel}).
 * Not part of the public API.
 */
package org.newsextract.tools.train;
