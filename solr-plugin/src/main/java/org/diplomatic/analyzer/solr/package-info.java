/** The analyzer's analysis chains and free-text query as Solr plugins, for the configset in {@code configset/}. */
package org.diplomatic.analyzer.solr;
