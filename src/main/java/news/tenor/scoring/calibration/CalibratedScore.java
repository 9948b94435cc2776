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
 * @param coreNlp the token-weighted mean of the sentences' CoreNLP score (for one
 * sentence, Tenor's CoreNLP score), or {@code null}
 * @param vader the token-weighted mean of the sentences' VADER compound, or {@code null}
 * @param phrases the token-weighted mean of the sentences' phrase evidence
 * ({@link SentenceFeatures#phrases()}), or {@code null} when v1 scored the comment
 * @param nouns the same of the nouns' valence, or {@code null} when v1 scored it
 * @param version the calibration that scored it, {@code calibrated-v2}, or
 * {@code calibrated-v1} when a sentence lacked CoreNLP's whole analysis
 */
public record CalibratedScore(Double score, Sentiment label, List<Double> sentenceScores, Double coreNlp, Double vader,
		Double phrases, Double nouns, String version) {

	public boolean isScored() {
		return this.score != null;
	}

}
