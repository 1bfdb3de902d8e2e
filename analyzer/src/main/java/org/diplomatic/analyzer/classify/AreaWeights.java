package org.diplomatic.analyzer.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained area network's parameters as plain arrays (dense ReLU layer, sigmoid output), saved as
 * {@code weights.bin} and read back without ND4J, so analysis needs no native library. Row-major:
 * {@code w0} is inputs x hidden, {@code w1} hidden x outputs. The arrays are not copied: treat them as read-only.
 */
public record AreaWeights(int inputs, int hidden, int outputs, float[] w0, float[] b0, float[] w1, float[] b1) {
  // "AREAWTS1": a file of another format or version is refused rather than misread
  private static final long MAGIC = 0x4152454157545331L;

  public AreaWeights {
    if (w0.length != inputs * hidden || b0.length != hidden || w1.length != hidden * outputs
        || b1.length != outputs) {
      throw new IllegalArgumentException("weight arrays do not match " + inputs + " x " + hidden + " x " + outputs);
    }
  }

  /** Writes the weights: a header (magic, three sizes), then the four arrays as little-endian floats. */
  public void write(Path file) {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeLong(MAGIC);
      out.writeInt(inputs);
      out.writeInt(hidden);
      out.writeInt(outputs);
      for (float[] array : new float[][] {w0, b0, w1, b1}) {
        ByteBuffer bytes = ByteBuffer.allocate(array.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(array);
        out.write(bytes.array());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the area weights " + file, e);
    }
  }

  /** Reads weights written by {@link #write}; a file of another format is an error naming it. */
  public static AreaWeights read(Path file) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readLong() != MAGIC) {
        throw new IOException("not an area weights file");
      }
      int inputs = in.readInt();
      int hidden = in.readInt();
      int outputs = in.readInt();
      return new AreaWeights(inputs, hidden, outputs, floats(in, inputs * hidden), floats(in, hidden),
          floats(in, hidden * outputs), floats(in, outputs));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the area weights " + file, e);
    }
  }

  private static float[] floats(DataInputStream in, int n) throws IOException {
    byte[] bytes = new byte[n * Float.BYTES];
    in.readFully(bytes);
    float[] out = new float[n];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }
}
