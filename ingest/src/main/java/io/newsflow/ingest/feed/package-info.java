/**
 * Feed parsing: turns the bytes of an RSS, RDF or Atom document as the web serves it (wrong
 * charsets, stray bytes before the prolog, HTML entities, bare ampersands, localised dates,
 * relative links) into a {@link io.newsflow.ingest.feed.ParsedFeed} with Rome, and reads and
 * writes feed lists (OPML or one URL per line).
 */
package io.newsflow.ingest.feed;
