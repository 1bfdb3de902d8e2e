/** Reading, normalizing, language identification, sentences and tokens of Arabic and Persian text. */
package org.diplomatic.analyzer.text;
