/**
 * Topics: a small IPTC Media Topics-like taxonomy in a data file users extend
 * ({@code topics/taxonomy.json}, scoring rule in its {@code about}), and the classifier that
 * scores it from multilingual keyword and entity cues on a scale comparable across articles.
 */
package io.newsflow.enrich.topics;
