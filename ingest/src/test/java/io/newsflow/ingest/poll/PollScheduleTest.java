package io.newsflow.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.Feed;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  private final PollSchedule schedule = new PollSchedule(Duration.ofMinutes(15), Duration.ofMinutes(2),
      Duration.ofHours(6), Duration.ofHours(12), new Random(42));

  @Test
  void startsFromTheFeedsOwnIntervalElseTheDefault() {
    assertEquals(Duration.ofMinutes(10), schedule.initial(new Feed(1, "u", null, Duration.ofMinutes(10), null, List.of(), true)));
    assertEquals(Duration.ofMinutes(15), schedule.initial(new Feed(1, "u", null, null, null, List.of(), true)));
  }

  @Test
  void pollsBusyFeedsMoreOftenAndIdleFeedsLessWithinBounds() {
    assertEquals(Duration.ofMinutes(5), schedule.adapt(Duration.ofMinutes(10), 3));
    assertEquals(Duration.ofMinutes(15), schedule.adapt(Duration.ofMinutes(10), 0));
    assertEquals(Duration.ofMinutes(2), schedule.adapt(Duration.ofMinutes(3), 1));
    assertEquals(Duration.ofHours(6), schedule.adapt(Duration.ofHours(5), 0));
  }

  @Test
  void backsOffExponentiallyWithJitterUpToTheCap() {
    for (int errors = 1; errors <= 8; errors++) {
      long expected = Math.min(Duration.ofMinutes(2).toMillis() << errors, Duration.ofHours(12).toMillis());
      long wait = schedule.backoff(errors, null).toMillis();
      assertTrue(wait >= expected * 0.9 && wait <= expected * 1.1, errors + " errors: " + wait);
    }
  }

  @Test
  void neverGivesUpAFeedThatFailsForDays() {
    Duration wait = schedule.backoff(10_000, null);
    assertTrue(wait.compareTo(Duration.ofHours(14)) < 0 && wait.compareTo(Duration.ofHours(10)) > 0, wait.toString());
  }

  @Test
  void waitsAtLeastWhatRetryAfterAsksButNoLongerThanTheCap() {
    assertEquals(Duration.ofHours(1), schedule.backoff(1, Duration.ofHours(1)));
    assertEquals(Duration.ofHours(12), schedule.backoff(1, Duration.ofDays(30)));
    assertTrue(schedule.backoff(1, Duration.ofSeconds(1)).compareTo(Duration.ofMinutes(3)) > 0);
  }
}
