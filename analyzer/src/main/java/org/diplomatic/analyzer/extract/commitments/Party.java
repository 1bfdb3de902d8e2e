package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import org.diplomatic.analyzer.text.Span;

/**
 * What the commitment extractor needs to know of the document's people: a named party (an official's name and
 * where it is mentioned) or a quote and its speaker. Built by the pipeline from the officials and quotes extractors.
 */
public record Party(String name, List<Span> spans) {}
