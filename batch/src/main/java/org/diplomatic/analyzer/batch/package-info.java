/**
 * A Flink batch job that analyzes folders of documents into the CLI's JSON lines, bad inputs into an error file, and
 * optionally sends the documents to SolrCloud as {@code index --solr} does.
 */
package org.diplomatic.analyzer.batch;
