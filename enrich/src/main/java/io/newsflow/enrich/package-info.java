/**
 * The enrich service: a Kafka Streams application that turns RawDocuments into Articles
 * (clean, language, dedupe, entities, topics, story) or duplicate verdicts, exactly once.
 */
package io.newsflow.enrich;
