/**
 * Internal: the tokenized form of a document shared by every engine and the resolver.
 * Not part of the public API; may change without notice.
 */
package org.newsextract.text;
