package org.diplomatic.analyzer.server;

/** A request the API refuses, with the HTTP status to answer and the one-line message of the JSON error. */
final class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  int status() {
    return status;
  }
}
