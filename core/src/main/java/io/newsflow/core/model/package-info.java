/**
 * The records that travel on newsflow's topics. Each carries a schema version, validates in its
 * compact constructor, copies its lists, and ignores unknown JSON fields on read.
 */
package io.newsflow.core.model;
