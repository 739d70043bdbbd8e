/**
 * The ingest service: its settings and its {@code main}, which watches the registered feeds
 * and produces RawDocuments to {@code raw}; the work itself lives in the sub-packages.
 */
package io.newsflow.ingest;
