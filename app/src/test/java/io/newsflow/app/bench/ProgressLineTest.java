package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void drawsABarOfTheDocumentsDone() {
    ProgressLine line = new ProgressLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "pipeline", 200, false);
    String drawn = line.line(150, 50, System.nanoTime());
    assertTrue(drawn.startsWith("pipeline [#######                       ] 150/200 produced, 50/200 done, "), drawn);
  }

  @Test
  void printsWholeLinesWhenStderrIsNotATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), "copy", 10, false);
    line.update(10, 3);
    line.update(10, 4);
    line.finish(10, 10);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length, bytes.toString(StandardCharsets.UTF_8));
    assertTrue(lines[1].contains("10/10 done"), lines[1]);
    assertTrue(!bytes.toString(StandardCharsets.UTF_8).contains("\r"));
  }

  @Test
  void readsARateWithOrWithoutPerSecond() {
    BenchCommand.RateConverter rate = new BenchCommand.RateConverter();
    assertEquals(20.0, rate.convert("20/s"));
    assertEquals(7.5, rate.convert(" 7.5 "));
    assertThrows(IllegalArgumentException.class, () -> rate.convert("0"));
    assertThrows(IllegalArgumentException.class, () -> rate.convert("fast"));
  }
}
