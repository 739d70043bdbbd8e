/**
 * The {@code newsflow} command: finds or embeds the Kafka broker, creates the topics, runs the
 * three stages in one JVM (replay and run), and hosts the admin commands.
 */
package io.newsflow.app;
