package news.tenor.scoring;

/** CoreNLP's five sentiment classes, in class order 0..4, with the names editors see. */
public enum Sentiment {

	VERY_NEGATIVE("Very negative"), NEGATIVE("Negative"), NEUTRAL("Neutral"), POSITIVE("Positive"),
	VERY_POSITIVE("Very positive");

	private final String label;

	Sentiment(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Sentiment ofClass(int sentimentClass) {
		return values()[sentimentClass];
	}

	/**
	 * The expected class value of a distribution over the classes, rescaled to [-1, 1].
	 */
	public static double score(double[] probabilities) {
		double expected = 0;
		for (int k = 0; k < probabilities.length; k++) {
			expected += k * probabilities[k];
		}
		return (expected - 2) / 2;
	}

}
