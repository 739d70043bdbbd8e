/**
 * Replay: reads a folder of saved articles (plain text, HTML pages, RawDocument JSON) as a
 * test stream, in name order, each file becoming a RawDocument or a dead letter.
 */
package io.newsflow.ingest.replay;
