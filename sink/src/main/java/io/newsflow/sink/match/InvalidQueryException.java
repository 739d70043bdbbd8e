package io.newsflow.sink.match;

/** A subscription query that cannot be parsed; the message says where and why. */
public final class InvalidQueryException extends IllegalArgumentException {

  private final int column;

  public InvalidQueryException(String message, int column, Throwable cause) {
    super(message, cause);
    this.column = column;
  }

  /** The 1-based column of the query where reading failed, or -1 when unknown. */
  public int column() {
    return column;
  }
}
