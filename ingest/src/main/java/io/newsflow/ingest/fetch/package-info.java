/**
 * Fetching from the hostile web: one {@link io.newsflow.ingest.fetch.PageFetcher} over the
 * JDK HTTP client with conditional requests, decompression, checked redirects, size and time
 * limits and a private-network guard; per-host politeness; canonical URLs; Retry-After.
 */
package io.newsflow.ingest.fetch;
