package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BandStateSerdeTest {

  private final BandStateSerde serde = new BandStateSerde();

  @Test
  void readsBackEntriesByReferenceAndInline() {
    BandState entries = new BandState.Entries(List.of(
        BandState.Entry.referring(0x8e14295d, 0xffff_ffff_ffffL, 1_795_000_000_000L),
        BandState.Entry.inline("https://example.org/news/été", 0, 1_795_000_000_000L),
        BandState.Entry.referring(-1, 0x0123_4567_89abL, 1_795_000_604_800L)));

    assertEquals(entries, roundTrip(entries));
  }

  @Test
  void readsBackANameAndNoEntries() {
    assertEquals(new BandState.Name("https://example.org/a", 42), roundTrip(new BandState.Name("https://example.org/a", 42)));
    assertEquals(new BandState.Entries(List.of()), roundTrip(new BandState.Entries(List.of())));
  }

  @Test
  void spendsFourteenBytesOnAnEntryByReferenceAWeekApart() {
    BandState.Entry first = BandState.Entry.referring(7, 0xabcdef012345L, 1_795_000_000_000L);
    BandState.Entry second = BandState.Entry.referring(8, 0x123456789abcL, 1_795_000_000_000L + 40_000_000L);
    int one = serde.serializer().serialize("t", new BandState.Entries(List.of(first))).length;
    int two = serde.serializer().serialize("t", new BandState.Entries(List.of(first, second))).length;

    assertEquals(14, two - one);
  }

  @Test
  void keepsTombstonesNull() {
    assertNull(serde.serializer().serialize("t", null));
    assertNull(serde.deserializer().deserialize("t", null));
  }

  @Test
  void rejectsBytesOfAnotherFormat() {
    byte[] json = "{\"entries\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] truncated = serde.serializer().serialize("t", new BandState.Entries(
        List.of(BandState.Entry.referring(1, 2, 3))));
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);

    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", json));
    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", cut));
    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", new byte[0]));
  }

  @Test
  void writesTheSameBytesForTheSameValue() {
    BandState name = new BandState.Name("x", 1);
    assertArrayEquals(serde.serializer().serialize("t", name), serde.serializer().serialize("t", name));
  }

  private BandState roundTrip(BandState value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }
}
