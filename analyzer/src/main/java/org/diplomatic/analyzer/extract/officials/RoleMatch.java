package org.diplomatic.analyzer.extract.officials;

/**
 * A title found in a sentence: token range [start, end) of the whole role, the role and organization as written and
 * the ISO country it names (each may be null but the role).
 */
record RoleMatch(int start, int end, String role, String organization, String country) {}
