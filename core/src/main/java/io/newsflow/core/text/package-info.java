/** Text utilities shared by the cleaner, the tagger and the matcher: one normalisation. */
package io.newsflow.core.text;
