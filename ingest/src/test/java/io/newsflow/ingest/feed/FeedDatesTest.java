package io.newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Tue, 05 Mar 2024 14:30:00 GMT|2024-03-05T14:30:00Z",
    "Tue, 5 Mar 2024 14:30:00 +0100|2024-03-05T13:30:00Z",
    "5 Mar 2024 14:30 EST|2024-03-05T19:30:00Z",
    "Tuesday, 05-Mar-24 14:30:00 UT|2024-03-05T14:30:00Z",
    "2024-03-05T14:30:00Z|2024-03-05T14:30:00Z",
    "2024-03-05T14:30:00.123+02:00|2024-03-05T12:30:00Z",
    "2024-03-05 14:30:00|2024-03-05T14:30:00Z",
    "2024-03-05|2024-03-05T00:00:00Z",
    "mardi 5 mars 2024 14:30:00 +0100|2024-03-05T13:30:00Z",
    "Mar, 05 Mar 2024 14:30:00 CET|2024-03-05T13:30:00Z",
    "5 février 2024 à 09h05|2024-02-05T09:05:00Z",
    "1er août 2023|2023-08-01T00:00:00Z",
    "lundi 25 décembre 2023 18:00|2023-12-25T18:00:00Z",
    "Dienstag, 5. März 2024 14:30 MEZ|",
    "Dienstag, 5. März 2024 14:30|2024-03-05T14:30:00Z",
    "5 de marzo de 2024 14:30|2024-03-05T14:30:00Z",
    "March 5th, 2024 2:30|2024-03-05T02:30:00Z",
    "05/03/2024 14:30|2024-03-05T14:30:00Z",
  })
  void readsTheDatesFeedsCarry(String text, String expected) {
    assertEquals(Optional.ofNullable(expected).map(Instant::parse), FeedDates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "n'importe quand", "31 février 2024", "yesterday", "2024-13-01"})
  void refusesWhatIsNotADate(String text) {
    assertEquals(Optional.empty(), FeedDates.parse(text));
  }
}
