package org.diplomatic.analyzer.index.solr;

/** SolrCloud refused a batch, or stayed unreachable longer than the retries wait; the message is one line. */
public final class SolrWriteException extends RuntimeException {
  SolrWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
