package org.diplomatic.analyzer.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes lines to one plain file (created or emptied when the job starts), for the bad inputs' messages; run it with
 * parallelism 1, on a file system the task manager that runs it can write.
 */
final class ErrorFileSink implements Sink<String> {
  private final String file;

  ErrorFileSink(String file) {
    this.file = file;
  }

  @Override
  public SinkWriter<String> createWriter(WriterInitContext context) throws IOException {
    Path path = Path.of(file);
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    return new SinkWriter<>() {
      @Override
      public void write(String line, Context context) throws IOException {
        out.write(line);
        out.write('\n');
      }

      @Override
      public void flush(boolean endOfInput) throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }
}
