/**
 * Search by meaning: word vectors of both languages in one space, trained here, and what turns them into document
 * and query vectors. Keys are the index's light-stemmed terms, so the index and a query look words up the same way.
 */
package org.diplomatic.analyzer.search.semantic;
