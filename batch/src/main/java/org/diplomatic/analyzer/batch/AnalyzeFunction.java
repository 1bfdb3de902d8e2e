package org.diplomatic.analyzer.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.diplomatic.analyzer.cli.AnalyzedInputs;
import org.diplomatic.analyzer.cli.DocumentJson;
import org.diplomatic.analyzer.dates.DateHints;
import org.diplomatic.analyzer.index.RemoteHits;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.PrintableName;
import org.diplomatic.analyzer.text.ReadLimits;
import org.diplomatic.analyzer.text.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File path in, the {@code analyze --format jsonl} line of its document out; a file that cannot be read or analyzed
 * goes to {@link #ERRORS} as the CLI's one-line message naming it, and the job goes on. When the job feeds
 * SolrCloud, each document also goes to {@link #DOCUMENTS} as the payload {@code index} stores of it.
 */
final class AnalyzeFunction extends ProcessFunction<String, String> {
  static final OutputTag<String> ERRORS = new OutputTag<>("errors") {};
  static final OutputTag<byte[]> DOCUMENTS =
      new OutputTag<>("documents", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
  static final String ANALYZED = "analyzed";
  static final String FAILED = "failed";

  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeFunction.class);

  private final String models;
  private final long maxBytes;
  private final String encoding;
  private final boolean indexed;

  private transient Pipeline pipeline;
  private transient DocumentFileReader reader;
  private transient LongCounter analyzed;
  private transient LongCounter failed;

  /**
   * {@code models}: a folder every task manager can read; {@code encoding}: a charset name, or null to detect;
   * {@code indexed}: also emit each document's index payload to {@link #DOCUMENTS}.
   */
  AnalyzeFunction(String models, long maxBytes, String encoding, boolean indexed) {
    this.models = models;
    this.maxBytes = maxBytes;
    this.encoding = encoding;
    this.indexed = indexed;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = SharedPipeline.of(Path.of(models));
    reader = new DocumentFileReader(ReadLimits.defaults().withMaxBytes(maxBytes),
        encoding == null ? null : Charset.forName(encoding));
    analyzed = getRuntimeContext().getLongCounter(ANALYZED);
    failed = getRuntimeContext().getLongCounter(FAILED);
  }

  @Override
  public void processElement(String file, Context context, Collector<String> out) {
    TextInput input;
    try {
      input = reader.read(Path.of(file));
    } catch (InputRejectedException e) {
      fail(context, "analyzer: " + e.getMessage());
      return;
    } catch (Throwable e) { // a parser's bug or OutOfMemoryError on one file must not fail the job
      fail(context, AnalyzedInputs.failure(file, "reading failed", e));
      return;
    }
    if (input.readAs() != null) {
      LOG.warn("analyzer: {}: read as {}", PrintableName.of(input.source()), input.readAs());
    }
    String line;
    byte[] payload = null;
    try {
      AnalyzedDocument doc = pipeline.analyze(input, DateHints.of(input, null));
      line = DocumentJson.write(doc, false, false);
      if (indexed) {
        payload = RemoteHits.payload(IndexMapping.of(doc));
      }
    } catch (Throwable e) { // as in the CLI: name the file, go on
      fail(context, AnalyzedInputs.failure(input.source(), "analysis failed", e));
      return;
    }
    out.collect(line);
    if (payload != null) {
      context.output(DOCUMENTS, payload);
    }
    analyzed.add(1);
  }

  private void fail(Context context, String message) {
    context.output(ERRORS, message);
    failed.add(1);
  }
}
