/** Language detection on clean text: an ISO 639-1 code, or the hint or {@code und}. */
package io.newsflow.enrich.language;
