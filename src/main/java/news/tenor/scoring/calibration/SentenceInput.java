package news.tenor.scoring.calibration;

import news.tenor.scoring.SentenceAnalysis;

/**
 * One sentence of a comment as Tenor's sentence cache holds it: its text as
 * {@code SentenceSplitter} cut it, its length in CoreNLP tokens, CoreNLP's class
 * distribution at the root of its sentiment tree ({@code null} when it was not scored:
 * too long, or the parser failed), and, for sentences analysed since the cache keeps it,
 * CoreNLP's whole analysis (the tree with the distribution at every node, tokens, tags).
 * Nothing else is needed, so cached comments can be rescored by a new calibration without
 * parsing again.
 *
 * @param text the sentence
 * @param tokens its length in CoreNLP tokens
 * @param probabilities p0..p4, Very negative .. Very positive, or {@code null}
 * @param analysis CoreNLP's whole analysis, or {@code null} when the cache has only the
 * root distribution (sentences analysed before it kept more, or not scored)
 */
public record SentenceInput(String text, int tokens, double[] probabilities, SentenceAnalysis analysis) {

	public SentenceInput {
		if (probabilities != null && probabilities.length != 5) {
			throw new IllegalArgumentException("five class probabilities expected, got " + probabilities.length);
		}
		if (analysis != null && probabilities == null) {
			throw new IllegalArgumentException("an analysis of a sentence that was not scored");
		}
	}

	/** A sentence as the cache held it before it kept CoreNLP's whole analysis. */
	public SentenceInput(String text, int tokens, double[] probabilities) {
		this(text, tokens, probabilities, null);
	}

	/** Whether CoreNLP scored the sentence. */
	public boolean scored() {
		return this.probabilities != null;
	}

	/** Whether the sentence carries CoreNLP's whole analysis. */
	public boolean analysed() {
		return this.analysis != null;
	}

	/** CoreNLP's expected class rescaled to [-1, 1], as Tenor's score has always been. */
	double coreNlpScore() {
		double expected = 0;
		for (int k = 0; k < 5; k++) {
			expected += k * this.probabilities[k];
		}
		return (expected - 2) / 2;
	}

}
