package org.diplomatic.analyzer.text;

import org.xml.sax.SAXException;

/** Thrown from inside a parse when a document passes one of its {@link ReadLimits}; the message is the reason. */
final class ReadLimitException extends SAXException {
  ReadLimitException(String reason) {
    super(reason);
  }
}
