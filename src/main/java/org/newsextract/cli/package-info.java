/**
 * The command-line tool: {@code extract}, {@code tag --conll}, {@code eval} and
 * {@code train-opennlp}. Run through the
 * {@code ./newsextract} launcher or {@code java -jar target/newsextract.jar}.
 */
package org.newsextract.cli;
