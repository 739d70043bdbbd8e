/**
 * Entity linking: the knowledge base of entities with stable ids and aliases, live additions,
 * and the tagger that finds them (and unknown proper names) in clean text.
 */
package io.newsflow.enrich.entities;
