/**
 * Matching: subscriptions' queries held in a Lucene Monitor, and each article checked against
 * them, with the reasons it matched.
 */
package io.newsflow.sink.match;
