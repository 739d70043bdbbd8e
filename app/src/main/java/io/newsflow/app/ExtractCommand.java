package io.newsflow.app;

import io.newsflow.core.model.RawDocument;
import io.newsflow.core.text.PageDecoder;
import io.newsflow.enrich.clean.ArticleCleaner;
import io.newsflow.enrich.clean.CleanText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow extract}: the cleaner on files, for users and for measuring extraction. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Writes the clean body of each page or text (.html, .htm, .txt; folders are"
        + " read in name order) to OUTDIR/NAME.txt, as enrich would keep it.")
final class ExtractCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE-or-DIR", arity = "1..*")
  private List<Path> inputs;

  @Option(names = "--out", paramLabel = "OUTDIR", required = true, description = "Where to write NAME.txt files.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      files.addAll(pages(input));
    }
    Files.createDirectories(out);
    ArticleCleaner cleaner = new ArticleCleaner();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (Path file : files) {
      try {
        CleanText clean = cleaner.clean(read(file));
        Files.writeString(out.resolve(stem(file) + ".txt"), clean.text() + "\n", StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        err.println("newsflow extract: " + file + ": " + e.getMessage());
        failed++;
      }
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "extracted %d of %d files into %s%n",
        files.size() - failed, files.size(), out);
    return failed == 0 ? 0 : 1;
  }

  private static List<Path> pages(Path input) throws IOException {
    if (!Files.exists(input)) {
      throw new IllegalArgumentException(input + ": no such file or folder");
    }
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> entries = Files.list(input)) {
      return entries.filter(p -> Files.isRegularFile(p) && type(p) != null).sorted().toList();
    }
  }

  private static RawDocument read(Path file) throws IOException {
    String type = type(file);
    if (type == null) {
      throw new IOException("unsupported file type (expected .html, .htm or .txt)");
    }
    String name = file.getFileName().toString();
    return RawDocument.of(stem(file), "file:" + name, type, PageDecoder.decode(Files.readAllBytes(file), null));
  }

  private static String type(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return RawDocument.HTML;
    }
    return name.endsWith(".txt") ? RawDocument.TEXT : null;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
