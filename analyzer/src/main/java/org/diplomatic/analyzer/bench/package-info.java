/** The throughput and search-latency benchmark: a seeded workload recombined from the corpus, per-stage timings, a plain-Lucene baseline and the report. */
package org.diplomatic.analyzer.bench;
