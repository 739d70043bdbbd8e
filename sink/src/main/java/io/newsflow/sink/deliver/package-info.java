/**
 * Delivery: consumers of the {@code alerts} topic that hand each alert to where its subscription
 * wants it (a JSON Lines file, a webhook) at least once, with the alert id as idempotency key,
 * alerts that cannot be delivered going to {@code dead-letters} to be redriven; and the readable
 * terminal format of {@code alerts tail}.
 */
package io.newsflow.sink.deliver;
