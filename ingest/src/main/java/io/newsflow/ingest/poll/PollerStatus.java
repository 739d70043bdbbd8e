package io.newsflow.ingest.poll;

/**
 * A snapshot of the poller for the live status line of {@code run}.
 *
 * @param feeds enabled feeds registered
 * @param due feeds whose poll time has come but which wait for a free worker
 * @param fetching feeds being polled right now
 * @param healthy feeds whose last poll succeeded
 * @param failing feeds whose last poll failed
 * @param polls polls done since start
 * @param documents documents produced to {@code raw} since start
 */
public record PollerStatus(int feeds, int due, int fetching, int healthy, int failing, long polls, long documents) {}
