/**
 * What a running newsflow process tells its operators: Micrometer metrics in the Prometheus
 * format at {@code /metrics} and a health summary at {@code /health}, served on a configurable
 * port by every service and by {@code newsflow run}.
 */
package io.newsflow.core.metrics;
