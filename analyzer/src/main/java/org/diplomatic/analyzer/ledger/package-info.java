/** The ledger of commitments: the same promise followed across documents and time, built from the index. */
package org.diplomatic.analyzer.ledger;
