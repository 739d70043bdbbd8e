package io.newsflow.enrich.dedupe;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The buckets' binary format, because JSON spent about 150 bytes on each of an article's 4 band
 * entries: a varint count, then per entry a varint of the time since the previous entry, the
 * 6-byte remainder and the 4-byte reference. Null stays null (tombstones); bytes that are not
 * this format become a {@link SerializationException}.
 */
public final class BandStateSerde implements Serde<BandState> {

  private static final int REMAINDER_BYTES = 6;

  @Override
  public Serializer<BandState> serializer() {
    return (topic, value) -> value == null ? null : write(value);
  }

  @Override
  public Deserializer<BandState> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(BandState value) {
    List<BandState.Entry> entries = value.entries();
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * entries.size() + 2);
    writeVarLong(out, entries.size());
    long previous = 0;
    for (BandState.Entry entry : entries) {
      writeVarLong(out, entry.timestamp() - previous);
      previous = entry.timestamp();
      for (int shift = 8 * (REMAINDER_BYTES - 1); shift >= 0; shift -= 8) {
        out.write((int) (entry.remainder() >>> shift));
      }
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write(entry.ref() >>> shift);
      }
    }
    return out.toByteArray();
  }

  static BandState read(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      int count = Math.toIntExact(readVarLong(in));
      List<BandState.Entry> entries = new ArrayList<>(count);
      long timestamp = 0;
      for (int i = 0; i < count; i++) {
        timestamp += readVarLong(in);
        long remainder = 0;
        for (int b = 0; b < REMAINDER_BYTES; b++) {
          remainder = remainder << 8 | (in.get() & 0xff);
        }
        entries.add(new BandState.Entry(in.getInt(), remainder, timestamp));
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " bytes after the entries");
      }
      return new BandState(entries);
    } catch (RuntimeException e) {
      throw new SerializationException("not a near-duplicate bucket: " + e.getMessage(), e);
    }
  }

  /** Unsigned LEB128: seven bits a byte, low bits first. */
  private static void writeVarLong(ByteArrayOutputStream out, long value) {
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      out.write((int) (rest & 0x7f | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }

  private static long readVarLong(ByteBuffer in) {
    long value = 0;
    for (int shift = 0; shift < Long.SIZE; shift += 7) {
      byte b = in.get();
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("varint longer than 10 bytes");
  }
}
