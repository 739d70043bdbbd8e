/**
 * Language detection on clean text, restricted to the feeds' languages: the obvious cases by
 * the function words only one language uses, the others with Lingua in its low-accuracy mode;
 * an ISO 639-1 code, or the feed's hint or {@code und} when the text is too short or too mixed
 * to decide.
 */
package io.newsflow.enrich.language;
