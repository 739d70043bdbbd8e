package io.newsflow.enrich.dedupe;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The index stores' binary format, because JSON spent about 150 bytes on each of an article's
 * 4 band entries. A value starts with its kind. Entries: a varint count, then per entry a
 * varint of the time since the previous entry (shifted left, the low bit set when the id is
 * inline), the 6-byte remainder, and the 4-byte reference or the id (varint length, UTF-8). A
 * name: its last-seen time as a varint, then the id in UTF-8. Null stays null (tombstones);
 * bytes that are not this format become a {@link SerializationException}.
 */
public final class BandStateSerde implements Serde<BandState> {

  static final byte ENTRIES = 1;
  static final byte NAME = 2;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    if (value instanceof BandState.Entries entries) {
      out.write(ENTRIES);
      writeEntries(out, entries.entries());
    } else if (value instanceof BandState.Name name) {
      out.write(NAME);
      writeVarLong(out, name.lastSeen());
      out.writeBytes(name.articleId().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static void writeEntries(ByteArrayOutputStream out, List<BandState.Entry> entries) {
    writeVarLong(out, entries.size());
    long previous = 0;
    for (BandState.Entry entry : entries) {
      writeVarLong(out, (entry.timestamp() - previous) << 1 | (entry.byRef() ? 0 : 1));
      previous = entry.timestamp();
      for (int shift = 8 * (REMAINDER_BYTES - 1); shift >= 0; shift -= 8) {
        out.write((int) (entry.remainder() >>> shift));
      }
      if (entry.byRef()) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(entry.ref()).array());
      } else {
        byte[] id = entry.inlineId().getBytes(StandardCharsets.UTF_8);
        writeVarLong(out, id.length);
        out.writeBytes(id);
      }
    }
  }

  static BandState read(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      byte kind = in.get();
      return switch (kind) {
        case ENTRIES -> readEntries(in);
        case NAME -> readName(in);
        default -> throw new IllegalArgumentException("unknown kind " + kind);
      };
    } catch (RuntimeException e) {
      throw new SerializationException("not a near-duplicate index value: " + e.getMessage(), e);
    }
  }

  private static BandState.Entries readEntries(ByteBuffer in) {
    int count = Math.toIntExact(readVarLong(in));
    List<BandState.Entry> entries = new ArrayList<>(count);
    long previous = 0;
    for (int i = 0; i < count; i++) {
      long head = readVarLong(in);
      long timestamp = previous + (head >>> 1);
      previous = timestamp;
      long remainder = 0;
      for (int b = 0; b < REMAINDER_BYTES; b++) {
        remainder = remainder << 8 | (in.get() & 0xff);
      }
      entries.add((head & 1) == 0
          ? BandState.Entry.referring(in.getInt(), remainder, timestamp)
          : BandState.Entry.inline(readString(in, Math.toIntExact(readVarLong(in))), remainder, timestamp));
    }
    requireEnd(in);
    return new BandState.Entries(entries);
  }

  private static BandState.Name readName(ByteBuffer in) {
    long lastSeen = readVarLong(in);
    return new BandState.Name(readString(in, in.remaining()), lastSeen);
  }

  private static String readString(ByteBuffer in, int length) {
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  private static void requireEnd(ByteBuffer in) {
    if (in.hasRemaining()) {
      throw new IllegalArgumentException(in.remaining() + " bytes after the entries");
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
