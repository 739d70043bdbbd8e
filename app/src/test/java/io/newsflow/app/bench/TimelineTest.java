package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {

  @Test
  void samplesNoMoreOftenThanAsked() {
    Timeline timeline = new Timeline(Duration.ofHours(1));
    long start = System.nanoTime();

    timeline.sample(start, 5, 0);
    timeline.sample(start, 7, 1);

    assertEquals(1, timeline.samples().size());
    assertEquals(5, timeline.samples().get(0).lag());
    assertTrue(timeline.samples().get(0).heapAfterGcMb() >= 0);
  }

  @Test
  void writesATableAndAPlot(@TempDir Path dir) throws Exception {
    List<Timeline.Sample> samples = List.of(new Timeline.Sample(0, 200.04, 0, 0), new Timeline.Sample(10, 210.5, 30, 2));

    Timeline.write(samples, dir);

    assertEquals("seconds,heap_after_gc_mb,lag,dead_letters\n0,200.0,0,0\n10,210.5,30,2\n",
        Files.readString(dir.resolve("timeline.csv"), StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    BufferedImage plot = ImageIO.read(dir.resolve("timeline.png").toFile());
    assertEquals(900, plot.getWidth());
    assertEquals(3 * 260, plot.getHeight());
  }
}
