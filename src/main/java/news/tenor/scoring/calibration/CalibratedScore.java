package news.tenor.scoring.calibration;

import java.util.List;

import news.tenor.scoring.Sentiment;

/**
 * A comment's calibrated sentiment.
 *
 * @param score in [-1, 1], or {@code null} when no sentence was scored by CoreNLP
 * @param label the band of the score, or {@code null} with it
 * @param sentenceScores the calibrated score of each sentence, in order ({@code null} for
 * a sentence CoreNLP did not score)
 * @param coreNlp the comment's CoreNLP score as Tenor computes it today (the expected
 * class of the token-weighted mean distribution), or {@code null}
 * @param vader the token-weighted mean of the sentences' VADER compound, or {@code null}
 * @param version the calibration's version, e.g. {@code calibrated-v1}
 */
public record CalibratedScore(Double score, Sentiment label, List<Double> sentenceScores, Double coreNlp, Double vader,
		String version) {

	public boolean isScored() {
		return this.score != null;
	}

}
