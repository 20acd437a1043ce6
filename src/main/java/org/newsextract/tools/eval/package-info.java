/**
 * Accuracy evaluation, kept apart from the runtime packages: the data sets of
 * {@code ../shared/data} ({@link org.newsextract.tools.eval.DataSet}), CoNLL-2003 column files
 * ({@link org.newsextract.tools.eval.ConllDocument}), tagging them with the full pipeline
 * ({@link org.newsextract.tools.eval.ConllTagger}, {@code tag --conll}) and scoring tags with
 * conlleval's semantics ({@link org.newsextract.tools.eval.ConllScorer}), the GUM document-level
 * scorer ({@link org.newsextract.tools.eval.GumScorer}), one run that scores newsextract and,
 * beside it, raw CoreNLP's default NER pipeline on the same files
 * ({@link org.newsextract.tools.eval.Accuracy}), and PolNeAR's gold quotations and reported
 * speech with their scorers ({@link org.newsextract.tools.eval.PolnearQuotes}). Used by the
 * {@code tag}, {@code eval}, {@code accuracy} and {@code eval-quotes} commands and the accuracy
 * tests; nothing in the library calls it.
 */
package org.newsextract.tools.eval;
