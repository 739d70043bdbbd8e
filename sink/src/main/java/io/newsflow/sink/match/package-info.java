/**
 * Matching: subscriptions' queries held in a Lucene Monitor, and each article checked against
 * them, with the reasons it matched. Query syntax is Lucene's classic syntax over {@code text}
 * (default), {@code title}, {@code entity}, {@code topic}, {@code lang} and {@code source}, AND
 * by default; a slash inside a word is literal ({@code entity:org/microsoft}), a slash starting a
 * term opens a regular expression; words are folded (case, accents, French elisions) and
 * minimally stemmed in the article's language; entity, topic, language and source values match
 * whole.
 */
package io.newsflow.sink.match;
