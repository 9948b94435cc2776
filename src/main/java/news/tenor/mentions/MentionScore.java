package news.tenor.mentions;

import news.tenor.scoring.Sentiment;

/**
 * The sentiment a sentence shows toward one of its mentions, on the calibrated comment
 * score's scale and bands.
 *
 * @param score in [−1, 1], or {@code null} when CoreNLP did not score the sentence (too
 * long, or the parser failed)
 * @param label the calibrated band of the score, or {@code null} with it
 * @param scope what the score was read from
 * @param start the first token of the words it was read from
 * @param end one past the last
 * @param version the calibration that scored it: {@code calibrated-v2} from the tree,
 * {@code calibrated-v1} for a sentence cached without its tree
 */
public record MentionScore(Double score, Sentiment label, Scope scope, int start, int end, String version) {

	/** What a mention's score was read from. */
	public enum Scope {

		/** The sentence has no contrast around the mention: the whole sentence. */
		SENTENCE,

		/**
		 * The clause or contrasted phrase the mention stands in, which carries an
		 * opinion.
		 */
		CLAUSE,

		/**
		 * The mention's own clause carries none, so the clause it is contrasted with
		 * ("while", "but", "than", "unlike", ...), with the sign turned.
		 */
		CONTRASTED,

		/** Neither its clause nor a contrasted one carries an opinion: the sentence's. */
		SENTENCE_FALLBACK,

		/**
		 * The sentence was cached without its tree (a data folder scored before Tenor
		 * kept CoreNLP's whole analysis): the sentence's calibrated-v1 score, phrases
		 * unknown.
		 */
		SENTENCE_ROOT_ONLY,

		/**
		 * The mean of an entity's mentions in a comment
		 * ({@link MentionSentiment#combine}).
		 */
		COMMENT,

		/** CoreNLP did not score the sentence. */
		UNSCORED

	}

	public boolean isScored() {
		return this.score != null;
	}

}
