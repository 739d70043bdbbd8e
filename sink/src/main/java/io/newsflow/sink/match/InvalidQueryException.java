package io.newsflow.sink.match;

/** A subscription query that cannot be parsed; the message says where and why. */
public final class InvalidQueryException extends IllegalArgumentException {

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
