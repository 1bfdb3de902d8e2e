/** The fixed vocabularies of the outside contract (area labels, units, commitment kinds), shared by every package. */
package org.diplomatic.analyzer.contract;
