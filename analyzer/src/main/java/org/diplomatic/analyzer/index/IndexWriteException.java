package org.diplomatic.analyzer.index;

/**
 * The index cannot be written any more (a full disk, an I/O error); everything since the last commit is lost and
 * the batch must stop. The message is one line naming the folder and the cause ("No space left on device").
 */
public final class IndexWriteException extends RuntimeException {
  IndexWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
