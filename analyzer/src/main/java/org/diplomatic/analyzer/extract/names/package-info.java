/** Features for the person-name finder learned from unlabeled news: word clusters, clitic-stripped forms, name lists. */
package org.diplomatic.analyzer.extract.names;
