/** The cooperation-area classifier (deeplearning4j), its featurizer, trainer, evaluator and two baselines. */
package org.diplomatic.analyzer.classify;
