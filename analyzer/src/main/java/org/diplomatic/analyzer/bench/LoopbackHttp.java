package org.diplomatic.analyzer.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection to a local server for the load generator: a GET written and its whole answer
 * read on the calling thread (body by Content-Length or chunked). The JDK's HttpClient spends a selector thread and
 * a chain of futures on each request, CPU the server under load shares on the same machine.
 */
final class LoopbackHttp implements Closeable {
  /** A response's status and body. */
  record Response(int status, byte[] body) {}

  private final String host;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  LoopbackHttp(String host, int port) throws IOException {
    this.host = host + ":" + port;
    this.socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    this.out = socket.getOutputStream();
  }

  /** {@code pathAndQuery} already URL-encoded. */
  Response get(String pathAndQuery) throws IOException {
    out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String h = header.toLowerCase(Locale.ROOT);
      if (h.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).strip());
      } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = chunk(); size > 0; size = chunk()) {
        body.write(in.readNBytes(size));
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      body.write(in.readNBytes((int) length));
    } else {
      throw new IOException("an answer without a length cannot keep the connection");
    }
    return new Response(code, body.toByteArray());
  }

  private int chunk() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
  }

  /** One header line without its CRLF. */
  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed by the server");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
