/** The index on SolrCloud (the {@code solr-plugin} configset): documents sent in batches with retries, and searched. */
package org.diplomatic.analyzer.index.solr;
