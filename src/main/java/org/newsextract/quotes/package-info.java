/**
 * Internal: quotations and their speakers, the same for every engine and without any parser or
 * coreference model. {@link org.newsextract.quotes.QuoteExtractor} runs the rules, each in one
 * class: {@link org.newsextract.quotes.QuoteFinder} (quotation marks),
 * {@link org.newsextract.quotes.TrailingAttribution}, {@link org.newsextract.quotes.LeadingAttribution},
 * {@link org.newsextract.quotes.ColonIntroduction}, {@link org.newsextract.quotes.PreviousSentence}
 * (speakers and cues),
 * {@link org.newsextract.quotes.PronounResolver} (pronoun speakers),
 * {@link org.newsextract.quotes.QuoteKinds} and {@link org.newsextract.quotes.FragmentPolicy}
 * (direct or partial; which fragments count). Its results are internal records
 * ({@link org.newsextract.quotes.FoundQuote}, {@link org.newsextract.quotes.FoundReported}) that
 * the API package turns into its {@code Quote} and {@code ReportedSpeech};
 * {@code org.newsextract.tools.eval.PolnearQuotes} scores them on PolNeAR. Not part of the public
 * API; may change without notice.
 */
package org.newsextract.quotes;
