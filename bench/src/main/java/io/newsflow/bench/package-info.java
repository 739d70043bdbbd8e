/** JMH benchmarks of newsflow's stages, one sub-package per area; run by {@code scripts/jmh}. */
package io.newsflow.bench;
