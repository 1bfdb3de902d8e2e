package org.diplomatic.analyzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServeJvmTest {
  @Test
  void pausesAreTheStopTheWorldLinesAndZgcStallsNotConcurrentPhases() {
    List<String> log = List.of(
        "[0.012s][info][gc] Using G1",
        "[1.981s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 246M->95M(280M) 2.845ms",
        "[1.981s][info][gc,phases] GC(3)   Evacuate Collection Set: 2.1ms",
        "[2.230s][info][gc] GC(5) Pause Remark 130M->118M(280M) 1.2ms",
        "[2.300s][info][gc] GC(5) Concurrent Mark Cycle 24.011ms",
        "[3.100s][info][gc] GC(6) Pause Young (Allocation Failure) 700M->96M(2000M) 11ms",
        "[4.000s][info][gc,phases] GC(7) Pause Mark Start 0.010ms",
        "[4.100s][info][gc,phases] GC(7) Concurrent Mark 35.2ms",
        "[4.200s][info][gc] Allocation Stall (qtp1-23) 3.5ms");
    ServeJvm.Pauses p = ServeJvm.pauses(log);
    assertEquals(5, p.count());
    assertEquals(2.845 + 1.2 + 11 + 0.010 + 3.5, p.totalMs(), 1e-9);
    assertEquals(11, p.maxMs(), 1e-9);
  }

  @Test
  void jvmOptionsAreSplitAtSpacesAndBlankMeansTheDefaults() {
    assertEquals(List.of("-XX:+UseParallelGC", "-Xmn1g"), ServeBench.options(" -XX:+UseParallelGC  -Xmn1g "));
    assertEquals(List.of(), ServeBench.options(""));
  }

  @Test
  void launcherStandsForTheOptionsBinAnalyzerServeAdds() throws IOException {
    String launcher = Files.readString(Path.of("src/dist/bin/analyzer"));
    assertTrue(launcher.contains("SERVE_OPTS=\"" + ServeBench.LAUNCHER_OPTIONS + "\""), ServeBench.LAUNCHER_OPTIONS);
    assertEquals(ServeBench.options(ServeBench.LAUNCHER_OPTIONS), ServeBench.options(" launcher"));
  }
}
