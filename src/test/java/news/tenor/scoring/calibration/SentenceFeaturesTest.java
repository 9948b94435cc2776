package news.tenor.scoring.calibration;

import java.util.Base64;

import news.tenor.scoring.SentenceAnalysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What calibrated-v2 reads from a sentence's analysis, on hand-made trees. */
class SentenceFeaturesTest {

	/**
	 * "not good ." as ((not good) .): the root and (not good) Negative, "good" Positive,
	 * "not" and the full stop certainly Neutral.
	 */
	static final String NOT_GOOD = analysis("((...", new int[][] { { 20, 120, 90, 20, 5 }, { 10, 140, 80, 20, 5 },
			{ 0, 0, 255, 0, 0 }, { 0, 0, 25, 180, 50 }, { 0, 0, 255, 0, 0 } }, "not/RB", "good/JJ", "./.");

	static String analysis(String shape, int[][] probabilities, String... tokens) {
		byte[] bytes = new byte[5 * probabilities.length];
		for (int node = 0; node < probabilities.length; node++) {
			for (int k = 0; k < 5; k++) {
				bytes[5 * node + k] = (byte) probabilities[node][k];
			}
		}
		return "a1 " + shape + " " + Base64.getEncoder().withoutPadding().encodeToString(bytes) + " "
				+ String.join(" ", tokens);
	}

	@Test
	void phraseEvidenceWeighsEachNodeByHowSureTheModelIsThatItIsNotNeutral() {
		SentenceAnalysis a = SentenceAnalysis.decode(NOT_GOOD);
		double w0 = 1 - 90 / 255.0;
		double w1 = 1 - 80 / 255.0;
		double w3 = 1 - 25 / 255.0;
		double expected = (w0 * a.score(0) + w1 * a.score(1) + w3 * a.score(3)) / (w0 + w1 + w3);
		assertThat(SentenceFeatures.phraseEvidence(a)).isCloseTo(expected, within(1e-12));
		// the certainly neutral words count nothing; "good" pulls it above the root's
		assertThat(SentenceFeatures.phraseEvidence(a)).isGreaterThan(a.score(0));
	}

	@Test
	void aTreeTheModelCallsNeutralThroughoutHasNoPhraseEvidence() {
		String neutral = analysis("(..", new int[][] { { 0, 0, 255, 0, 0 }, { 0, 0, 255, 0, 0 }, { 0, 0, 255, 0, 0 } },
				"on/IN", "Tuesday/NNP");
		assertThat(SentenceFeatures.phraseEvidence(SentenceAnalysis.decode(neutral))).isZero();
	}

	@Test
	void nounsCountTheirLexiconValenceNormalisedAsVaderNormalisesItsSum() {
		Vader vader = Vader.shared();
		String comedy = analysis("(..", new int[][] { { 0, 0, 255, 0, 0 }, { 0, 0, 255, 0, 0 }, { 0, 0, 255, 0, 0 } },
				"the/DT", "Comedy/NN");
		double valence = vader.valence("comedy");
		assertThat(valence).isPositive();
		assertThat(SentenceFeatures.nounValence(SentenceAnalysis.decode(comedy), vader))
			.isCloseTo(valence / Math.sqrt(valence * valence + 15), within(1e-12));
		// "good" is an adjective here: not counted
		assertThat(SentenceFeatures.nounValence(SentenceAnalysis.decode(NOT_GOOD), vader)).isZero();
	}

	@Test
	void aSentenceWithoutItsAnalysisHasOnlyV1sFeatures() {
		SentenceFeatures f = SentenceFeatures.of(new SentenceInput("not good.", 3, new double[] { 0, 1, 0, 0, 0 }),
				Vader.shared());
		assertThat(f.analysed()).isFalse();
		assertThat(f.coreNlp()).isEqualTo(-0.5);
		assertThat(f.vader()).isEqualTo(Vader.shared().polarityScores("not good.").compound());
	}

}
