/** The picocli command line: one class per subcommand; exit codes mapped in {@link org.diplomatic.analyzer.cli.ExitCode}. */
package org.diplomatic.analyzer.cli;
