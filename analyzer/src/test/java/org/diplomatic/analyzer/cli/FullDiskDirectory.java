package org.diplomatic.analyzer.cli;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** A directory whose writes fail as on a full disk once {@link #fill()} is called, as the JDK reports it. */
final class FullDiskDirectory extends FilterDirectory {
  private final AtomicBoolean full;

  FullDiskDirectory(Directory in, AtomicBoolean full) {
    super(in);
    this.full = full;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    check();
    return new Output(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    check();
    return new Output(in.createTempOutput(prefix, suffix, context));
  }

  private void check() throws IOException {
    if (full.get()) {
      throw new IOException("No space left on device");
    }
  }

  private final class Output extends IndexOutput {
    private final IndexOutput out;

    Output(IndexOutput out) {
      super(out.toString(), out.getName());
      this.out = out;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      check();
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      check();
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
