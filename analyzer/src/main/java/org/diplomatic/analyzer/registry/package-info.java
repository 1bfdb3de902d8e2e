/** The registry of officials: one entry per person across an index, built from its stored officials, kept beside it, and queried without the NLP models. */
package org.diplomatic.analyzer.registry;
