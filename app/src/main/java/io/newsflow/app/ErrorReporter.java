package io.newsflow.app;

import io.newsflow.core.kafka.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one readable line on stderr: a user error (bad file, bad
 * option value) exits 2, anything else exits 1 with its cause; the stack trace goes to the log.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  static final int USER_ERROR = 2;
  static final int FAILURE = 1;
  private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    LOG.debug("{} failed", command.getCommandName(), e);
    if (e instanceof IllegalArgumentException) {
      command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      return USER_ERROR;
    }
    command.getErr().println(command.getCommandSpec().qualifiedName() + " failed: " + DeadLetters.reason(e));
    return FAILURE;
  }
}
