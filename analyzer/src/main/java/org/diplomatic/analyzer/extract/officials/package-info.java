/** Finds person names and the officials among them (name, role, organization, country, mentions) in Arabic and Persian text. */
package org.diplomatic.analyzer.extract.officials;
