package io.newsflow.app;

import io.newsflow.enrich.clean.ArticleCleaner;
import io.newsflow.enrich.clean.CleanText;
import io.newsflow.ingest.replay.CorpusFile;
import io.newsflow.ingest.replay.CorpusReader;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow extract}: the cleaner on files, for users and for measuring extraction. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Writes the clean body of each page or text (.html, .htm, .txt, .json RawDocument; folders are"
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
      CorpusFile read = CorpusReader.read(file);
      try {
        if (!read.ok()) {
          throw new IOException(read.error());
        }
        CleanText clean = cleaner.clean(read.document());
        Files.writeString(out.resolve(read.document().id() + ".txt"), clean.text() + "\n", StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        err.println("newsflow extract: " + file + ": " + e.getMessage());
        failed++;
      }
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "extracted %d of %d files into %s%n",
        files.size() - failed, files.size(), out);
    return failed == 0 ? 0 : 1;
  }

  private static List<Path> pages(Path input) {
    if (!Files.exists(input)) {
      throw new IllegalArgumentException(input + ": no such file or folder");
    }
    return Files.isDirectory(input) ? CorpusReader.files(input) : List.of(input);
  }
}
