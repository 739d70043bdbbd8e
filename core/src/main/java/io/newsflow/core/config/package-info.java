/**
 * Configuration: the defaults file that lists every key, overridden by an optional file and
 * then by the environment. Services build their own immutable config from these settings.
 */
package io.newsflow.core.config;
