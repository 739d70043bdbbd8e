package io.newsflow.ingest.replay;

import io.newsflow.core.model.RawDocument;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a replayed folder: the document it holds, or why it could not be read (then
 * {@code document} is null and {@code bytes} holds whatever could be read, for the dead
 * letter).
 */
public record CorpusFile(Path path, RawDocument document, byte[] bytes, String error) {

  public CorpusFile {
    Objects.requireNonNull(path, "path");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("a corpus file has either a document or an error");
    }
    bytes = bytes == null ? new byte[0] : bytes;
  }

  public boolean ok() {
    return document != null;
  }

  public String name() {
    return path.getFileName().toString();
  }
}
