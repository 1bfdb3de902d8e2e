/** A Flink batch job that analyzes folders of documents into the CLI's JSON lines, bad inputs into an error file. */
package org.diplomatic.analyzer.batch;
