/**
 * The command-line tool ({@link org.newsextract.tools.cli.Main}, the jar's main class):
 * {@code extract}, {@code tag --conll}, {@code eval}, {@code accuracy}, {@code eval-quotes},
 * {@code bench}, {@code bench-engines} and {@code train-opennlp}. Run through the
 * {@code ./newsextract} launcher or {@code java -jar target/newsextract.jar}. {@code extract}
 * uses the public API only (with the internal JSON Lines reader and HTML frame); the evaluation
 * commands also use the internal pipeline, for rule ablation and rule names. Not part of the
 * public API.
 */
package org.newsextract.tools.cli;
