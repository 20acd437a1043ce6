/**
 * The newsextract API: the people, places, organizations and quotes of English news text.
 *
 * <p>Start at {@link org.newsextract.NewsExtractor}: it reads a document (or a batch of
 * {@link org.newsextract.Document}s) and returns an {@link org.newsextract.Extraction}, an
 * immutable view over the text with its tokens and sentences, its document-level
 * {@link org.newsextract.Entity entities} (each with every {@link org.newsextract.Mention}), its
 * {@link org.newsextract.Quote quotes} and its {@link org.newsextract.ReportedSpeech reported
 * speech}, each with character offsets into the text. An extraction writes itself as the
 * {@code newsextract/1} JSON ({@link org.newsextract.Extraction#toJson()}) and as an HTML view
 * ({@link org.newsextract.Extraction#toHtml()}).
 *
 * <pre>{@code
 * NewsExtractor extractor = NewsExtractor.create();             // thread-safe; share one
 * Extraction x = extractor.extract("seed", text);
 * for (Entity person : x.people()) {
 *     System.out.println(person.name() + " " + person.aliases());
 * }
 * }</pre>
 *
 * <p>Conventions, throughout this package: results are immutable values with equals, hashCode
 * and a readable toString; a value that may be absent is returned as an {@link java.util.Optional}
 * (or an empty list), never as null; a null or invalid argument throws
 * {@link IllegalArgumentException} with a message naming the argument, never
 * {@link NullPointerException}; a document that cannot be processed throws
 * {@link org.newsextract.ExtractionException} naming the document (in a batch, it becomes that
 * document's failed {@link org.newsextract.BatchResult} and the others go on).
 *
 * <p>This is the only package the module {@code org.newsextract} exports; its types never expose
 * an engine's (CoreNLP's or OpenNLP's) classes.
 */
package org.newsextract;
