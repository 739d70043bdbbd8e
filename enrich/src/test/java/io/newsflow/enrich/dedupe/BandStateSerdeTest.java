package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BandStateSerdeTest {

  private final BandStateSerde serde = new BandStateSerde();

  @Test
  void readsBackEntriesWithExtremeReferencesAndRemainders() {
    BandState entries = new BandState(List.of(
        new BandState.Entry(0x8e14295d, 0xffff_ffff_ffffL, 1_795_000_000_000L),
        new BandState.Entry(0, 0, 1_795_000_000_000L),
        new BandState.Entry(-1, 0x0123_4567_89abL, 1_795_000_604_800L)));

    assertEquals(entries, roundTrip(entries));
    assertEquals(new BandState(List.of()), roundTrip(new BandState(List.of())));
  }

  @Test
  void spendsFourteenBytesOnAnEntryElevenHoursAfterThePrevious() {
    BandState.Entry first = new BandState.Entry(7, 0xabcdef012345L, 1_795_000_000_000L);
    BandState.Entry second = new BandState.Entry(8, 0x123456789abcL, 1_795_000_000_000L + 40_000_000L);
    int one = serde.serializer().serialize("t", new BandState(List.of(first))).length;
    int two = serde.serializer().serialize("t", new BandState(List.of(first, second))).length;

    assertEquals(14, two - one);
  }

  @Test
  void keepsTombstonesNull() {
    assertNull(serde.serializer().serialize("t", null));
    assertNull(serde.deserializer().deserialize("t", null));
  }

  @Test
  void rejectsBytesOfAnotherFormat() {
    byte[] json = "{\"entries\":[]}".getBytes(StandardCharsets.UTF_8);
    byte[] whole = serde.serializer().serialize("t", new BandState(List.of(new BandState.Entry(1, 2, 3))));
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);

    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", json));
    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", cut));
    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", new byte[0]));
  }

  @Test
  void writesTheSameBytesForTheSameValue() {
    BandState entries = new BandState(List.of(new BandState.Entry(5, 6, 7)));
    assertArrayEquals(serde.serializer().serialize("t", entries), serde.serializer().serialize("t", entries));
  }

  private BandState roundTrip(BandState value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }
}
