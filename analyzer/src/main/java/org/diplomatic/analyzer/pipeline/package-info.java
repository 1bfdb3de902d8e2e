/** Runs the analysis stages in a fixed order and returns an immutable analyzed document. */
package org.diplomatic.analyzer.pipeline;
