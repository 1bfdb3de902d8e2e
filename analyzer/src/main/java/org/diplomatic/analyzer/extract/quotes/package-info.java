/** Finds direct quotes (in «», "" or after a speech verb and a colon) and resolves each speaker to an official. */
package org.diplomatic.analyzer.extract.quotes;
