package news.tenor.scoring.calibration;

/**
 * One sentence of a comment as Tenor's sentence cache holds it: its text as
 * {@code SentenceSplitter} cut it, its length in CoreNLP tokens, and CoreNLP's class
 * distribution at the root of its sentiment tree ({@code null} when it was not scored:
 * too long, or the parser failed). Nothing else is needed, so cached comments can be
 * rescored by a new calibration without parsing again.
 *
 * @param text the sentence
 * @param tokens its length in CoreNLP tokens
 * @param probabilities p0..p4, Very negative .. Very positive, or {@code null}
 */
public record SentenceInput(String text, int tokens, double[] probabilities) {

	public SentenceInput {
		if (probabilities != null && probabilities.length != 5) {
			throw new IllegalArgumentException("five class probabilities expected, got " + probabilities.length);
		}
	}

	/** Whether CoreNLP scored the sentence. */
	public boolean scored() {
		return this.probabilities != null;
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
