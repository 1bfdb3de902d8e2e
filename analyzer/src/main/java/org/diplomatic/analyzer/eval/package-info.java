/** Gold corpus reading and validation, and the precision/recall/F1 counters every evaluator shares. */
package org.diplomatic.analyzer.eval;
