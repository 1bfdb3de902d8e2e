/** The HTTP API and the browser workbench of {@code serve}: read-only views of an index over the same classes as the CLI. */
package org.diplomatic.analyzer.server;
