/**
 * Output files: the output topics written as JSON Lines (articles, duplicates, alerts, dead
 * letters), read committed from any cluster, so a remote pipeline's results land in files too.
 */
package io.newsflow.sink.files;
