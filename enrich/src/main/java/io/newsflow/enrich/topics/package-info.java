/** Topics: a small IPTC-like taxonomy in a data file, and the classifier that scores it. */
package io.newsflow.enrich.topics;
