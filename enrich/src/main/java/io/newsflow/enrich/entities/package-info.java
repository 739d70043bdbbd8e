/**
 * Entity linking: the knowledge base data file ({@code entities/knowledge-base.tsv}, format in
 * its header) read by {@link io.newsflow.enrich.entities.KnowledgeBase}, and
 * {@link io.newsflow.enrich.entities.EntityTagger}, which folds the clean text, blanks leftover
 * boilerplate, finds every alias by walking a double-array trie from each token start, resolves
 * ambiguous names and short forms from the rest of the article, discovers unknown proper names
 * as {@code new/<slug>}, and takes live additions from the compacted {@code entities} topic
 * through a small overlay.
 */
package io.newsflow.enrich.entities;
