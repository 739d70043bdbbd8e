/**
 * Stories: online clustering of articles about the same story, on shared entity ids (so it
 * works across languages), salient terms and time, and the story summaries.
 */
package io.newsflow.enrich.story;
