/**
 * Internal: the HTML view of an extraction (article with highlighted mentions and quotes, a
 * legend and a side list of entities). Use {@link org.newsextract.Extraction#toHtml()} rather
 * than this package.
 */
package org.newsextract.html;
