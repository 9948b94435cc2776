package news.tenor.scoring;

import java.io.Serializable;

/**
 * CoreNLP's verdict on one sentence: the predicted class and the class probabilities at
 * the root of its sentiment tree, or why it was not scored.
 */
public record SentenceScore(Status status, int label, double[] probabilities, String detail) implements Serializable {

	public enum Status {

		/** Parsed and scored by the sentiment model. */
		SCORED,
		/**
		 * Longer than the limit ({@code --max-sentence-tokens}): not parsed, so not
		 * scored (and never scored on a flat placeholder tree). Not cached: it depends on
		 * the limit, not on the sentence alone.
		 */
		TOO_LONG,
		/** CoreNLP could not parse or score it (the reason is in the detail). */
		FAILED

	}

	public static SentenceScore scored(int label, double[] probabilities) {
		return new SentenceScore(Status.SCORED, label, probabilities, null);
	}

	public static SentenceScore unscored(Status status, String detail) {
		return new SentenceScore(status, -1, null, detail);
	}

	public static SentenceScore tooLong(int tokens, int maxTokens) {
		return unscored(Status.TOO_LONG, tokens + " tokens, over the limit of " + maxTokens);
	}

	public boolean isScored() {
		return this.status == Status.SCORED;
	}

	public Sentiment sentiment() {
		return isScored() ? Sentiment.ofClass(this.label) : null;
	}

}
