package io.newsflow.app.bench;

import io.newsflow.core.model.RawDocument;
import java.util.Objects;

/**
 * One document of the generated stream with what the generator meant it to be, so that the
 * report can set the pipeline's verdicts beside the plan.
 *
 * @param index position in the stream
 * @param source the document it copies or follows up (itself for an original)
 * @param story index of the story's first article
 */
record BenchDocument(int index, Kind kind, int source, int story, RawDocument raw) {

  /** What the generator made the document. */
  enum Kind { ORIGINAL, FOLLOW_UP, EXACT_DUPLICATE, NEAR_DUPLICATE }

  BenchDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
  }
}
