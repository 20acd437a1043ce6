/**
 * Accuracy evaluation, kept apart from the runtime packages: the data sets of
 * {@code ../shared/data} ({@link org.newsextract.eval.DataSet}), the GUM document-level scorer
 * ({@link org.newsextract.eval.GumScorer}), and one run that scores newsextract and, beside it,
 * raw CoreNLP's default NER pipeline on the same files ({@link org.newsextract.eval.Accuracy}).
 * Used by the {@code accuracy} command and the accuracy tests; nothing in the library calls it.
 */
package org.newsextract.eval;
