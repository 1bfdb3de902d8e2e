package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.diplomatic.analyzer.server.ApiServer;
import org.diplomatic.analyzer.server.ServerConfig;
import org.diplomatic.analyzer.text.TextInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the JSON API and the browser workbench over an index, read-only, on the loopback address unless
 * told otherwise; no NLP model is loaded unless {@code --analyze} turns on {@code POST /api/analyze}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Serve the index read-only: a JSON API under /api/ (OpenAPI description at /api/openapi.json) "
        + "and the research workbench page at /. Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "index folder (made by index)")
  Path index;

  @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--bind", defaultValue = ServerConfig.DEFAULT_BIND, paramLabel = "ADDR",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
          + "interface: the API has no login)")
  String bind;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "let pages from this origin (e.g. http://localhost:3000) call the API; off by default")
  String cors;

  @Option(names = "--analyze", description = "enable POST /api/analyze (loads the NLP models, about 1 s)")
  boolean analyze;

  @Option(names = "--models", description = "folder of trained models: word vectors, and the analysis models "
      + "for --analyze (default: models/)")
  Path models;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    }
    if (cors != null && !cors.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
      throw new ParameterException(spec.commandLine(),
          "--cors must be an origin such as http://localhost:3000: " + cors);
    }
    Path modelsDir = ModelsDir.resolve(models);
    Function<String, String> analysis = null;
    if (analyze) {
      Pipeline pipeline = new Pipeline(PipelineConfig.defaults(modelsDir));
      analysis = text -> DocumentJson.write(pipeline.analyze(new TextInput("-", text)), false, false);
    }
    ServerConfig config = new ServerConfig(index, bind, port, cors,
        () -> DocumentEmbedder.fromModels(modelsDir), analysis, ServerConfig.Limits.DEFAULTS);
    ApiServer server = ApiServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    PrintWriter err = spec.commandLine().getErr();
    err.println("analyzer: serving " + index + " at http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":"
        + server.port() + "/ (API under /api/" + (analyze ? ", analysis on" : "") + "); Ctrl-C stops");
    err.flush();
    stopped.await();
    return ExitCode.OK;
  }
}
