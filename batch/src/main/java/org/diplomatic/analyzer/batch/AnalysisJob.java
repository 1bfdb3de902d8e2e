package org.diplomatic.analyzer.batch;

import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;

/**
 * The job's dataflow, in batch mode: the file list -> (rebalanced over the slots) read and analyze ->
 * JSON lines into {@code output} ({@code part-*.jsonl}, one document a line, in no particular order) and, from the
 * side output, one line per bad input into {@code errors}. The file list is made on the client, as the CLI makes
 * it ({@code InputFiles}), so every task manager must see the same paths (a local run, or a shared file system).
 * With a {@code solr} feed (or null), the analyzed documents also go to SolrCloud, as {@code index --solr} sends them.
 */
record AnalysisJob(List<String> files, String output, String errors, String models, long maxBytes, String encoding,
    SolrFeed solr) {
  /** What a finished run counted; both -1 when the job was submitted detached and nothing came back. */
  record Counts(long analyzed, long failed) {}

  /** Adds the job's operators to {@code env} (whose parallelism is the slots to use). */
  void addTo(StreamExecutionEnvironment env) {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    // Set on the operators: batch mode would otherwise size them by bytes in (a few KB of paths: one slot).
    int slots = env.getParallelism();
    SingleOutputStreamOperator<String> analyzed = env.fromData(files, Types.STRING).name("input files")
        .rebalance()
        .process(new AnalyzeFunction(models, maxBytes, encoding, solr != null), Types.STRING).name("analyze")
        .setParallelism(slots);
    analyzed.sinkTo(FileSink.forRowFormat(new Path(output), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
        .build()).name("json lines").setParallelism(slots);
    analyzed.getSideOutput(AnalyzeFunction.ERRORS).sinkTo(new ErrorFileSink(errors)).name("errors")
        .setParallelism(1);
    if (solr != null) {
      analyzed.getSideOutput(AnalyzeFunction.DOCUMENTS).sinkTo(new SolrSink(solr)).name("SolrCloud")
          .setParallelism(slots);
    }
  }

  /** Runs the job to the end in {@code env} and returns its counts. */
  Counts run(StreamExecutionEnvironment env) throws Exception {
    addTo(env);
    JobExecutionResult result = env.execute("analyze " + files.size() + " documents");
    if (!result.isJobExecutionResult()) {
      return new Counts(-1, -1);
    }
    return new Counts(count(result, AnalyzeFunction.ANALYZED), count(result, AnalyzeFunction.FAILED));
  }

  private static long count(JobExecutionResult result, String name) {
    Long n = result.getAccumulatorResult(name);
    return n == null ? 0 : n;
  }
}
