/**
 * Cleaning: turns a fetched page or text into the text a reader would keep (main-text
 * extraction from HTML, line-level furniture removal for plain text, normalisation, and the
 * lines a source repeats across its articles, learned in a state store), with the title, date,
 * author and language hint the page states.
 */
package io.newsflow.enrich.clean;
