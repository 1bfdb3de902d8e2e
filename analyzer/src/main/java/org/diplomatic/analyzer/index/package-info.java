/** The Lucene index: analyzers, document mapping with block-joined commitments and figures, facets and search; the only package that imports Lucene. */
package org.diplomatic.analyzer.index;
