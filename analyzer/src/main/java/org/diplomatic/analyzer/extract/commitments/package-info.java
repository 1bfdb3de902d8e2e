/** Commitments (obligation, intent, proposal, agreement, decision) with holder, owner and deadline, from statements and minutes. */
package org.diplomatic.analyzer.extract.commitments;
