package news.tenor.scoring;

import java.util.List;

/**
 * A comment's sentiment, aggregated over the sentences of the commenter's own words.
 *
 * <p>
 * The class distributions of the scored sentences are averaged, each weighted by its
 * number of tokens (a long sentence says more than "Wow."); the label is the most
 * probable class of that average and the score its expected class rescaled to [-1, 1]. A
 * one-sentence comment therefore keeps exactly CoreNLP's label and probabilities.
 *
 * @param label the class, or {@code null} when no sentence could be scored
 * @param score in [-1, 1], or {@code null} with the label
 * @param probabilities the averaged distribution, or {@code null} with the label
 * @param sentences sentences of the commenter's own words
 * @param unscored of which not scored (too long, or the parser failed)
 */
public record CommentScore(Sentiment label, Double score, double[] probabilities, int sentences, int unscored) {

	/** One sentence of a comment: its score and its length in tokens. */
	public record Part(SentenceScore score, int tokens) {
	}

	public static CommentScore of(List<Part> parts) {
		double[] sum = new double[Sentiment.values().length];
		double weight = 0;
		int unscored = 0;
		for (Part part : parts) {
			if (!part.score().isScored()) {
				unscored++;
				continue;
			}
			double w = Math.max(1, part.tokens());
			for (int k = 0; k < sum.length; k++) {
				sum[k] += w * part.score().probabilities()[k];
			}
			weight += w;
		}
		if (weight == 0) {
			return new CommentScore(null, null, null, parts.size(), unscored);
		}
		if (parts.size() - unscored == 1) {
			SentenceScore single = parts.stream().filter(p -> p.score().isScored()).findFirst().orElseThrow().score();
			double[] p = single.probabilities().clone();
			return new CommentScore(single.sentiment(), Sentiment.score(p), p, parts.size(), unscored);
		}
		int best = 0;
		for (int k = 0; k < sum.length; k++) {
			sum[k] /= weight;
			if (sum[k] > sum[best]) {
				best = k;
			}
		}
		return new CommentScore(Sentiment.ofClass(best), Sentiment.score(sum), sum, parts.size(), unscored);
	}

}
