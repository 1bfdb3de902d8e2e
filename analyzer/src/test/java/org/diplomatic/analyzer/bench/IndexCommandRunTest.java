package org.diplomatic.analyzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexCommandRunTest {
  @Test
  void maxLiveIsTheLargestOccupancyAfterACollectionNotAtARemarkOrCleanupPause() {
    List<String> log = List.of(
        "[0.012s][info][gc] Using G1",
        "[1.981s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 246M->95M(280M) 2.845ms",
        "[2.119s][info][gc] GC(4) Pause Young (Concurrent Start) (G1 Humongous Allocation) 180M->121M(280M) 3.1ms",
        "[2.230s][info][gc] GC(5) Pause Remark 130M->118M(280M) 1.2ms",
        "[2.290s][info][gc] GC(5) Pause Cleanup 282M->282M(428M) 0.091ms",
        "[2.300s][info][gc] GC(5) Concurrent Mark Cycle 24.011ms",
        "[9.100s][info][gc] GC(9) Pause Full (Heap Inspection Initiated GC) 232M->125M(319M) 908.88ms");
    assertEquals(125, IndexCommandRun.maxLiveMb(log));
  }

  @Test
  void aLogWithoutPausesGivesZero() {
    assertEquals(0, IndexCommandRun.maxLiveMb(List.of("[0.012s][info][gc] Using G1")));
  }
}
