package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.Sentiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibratedScorerTest {

	/** CoreNLP's usual verdict on an everyday sentence: mostly Negative, some Neutral. */
	static final double[] MOSTLY_NEGATIVE = { 0.05, 0.55, 0.3, 0.08, 0.02 };

	static final double[] POSITIVE = { 0.01, 0.04, 0.15, 0.6, 0.2 };

	final CalibratedScorer scorer = CalibratedScorer.shipped();

	final Calibration calibration = this.scorer.calibration();

	@Test
	void theShippedVersionIsTheModelKeysSuffix() {
		assertThat(this.scorer.version()).isEqualTo("calibrated-v2");
		assertThat(this.scorer.phraseCalibration().version()).isEqualTo("calibrated-v2");
		assertThat(this.calibration.version()).isEqualTo("calibrated-v1");
		assertThat(CalibratedScorer.shipped()).isSameAs(this.scorer);
	}

	@Test
	void aCommentWhoseSentencesCarryTheirAnalysisGetsV2() {
		SentenceInput sentence = new SentenceInput("not good.", 3, MOSTLY_NEGATIVE,
				SentenceAnalysis.decode(SentenceFeaturesTest.NOT_GOOD));
		CalibratedScore score = this.scorer.score(List.of(sentence));
		SentenceFeatures f = SentenceFeatures.of(sentence, Vader.shared());
		PhraseCalibration v2 = this.scorer.phraseCalibration();
		assertThat(score.version()).isEqualTo("calibrated-v2");
		assertThat(score.score()).isCloseTo(v2.score(f.coreNlp(), f.vader(), f.phrases(), f.nouns()), within(1e-12));
		assertThat(score.label()).isEqualTo(v2.label(score.score()));
		assertThat(score.phrases()).isCloseTo(f.phrases(), within(1e-12));
		assertThat(score.nouns()).isZero();
		assertThat(score.sentenceScores()).containsExactly(score.score());
	}

	@Test
	void aCommentWithASentenceFromBeforeTheCacheKeptAnalysesFallsBackToV1() {
		SentenceInput analysed = new SentenceInput("not good.", 3, MOSTLY_NEGATIVE,
				SentenceAnalysis.decode(SentenceFeaturesTest.NOT_GOOD));
		SentenceInput rootOnly = new SentenceInput("The service was great!", 5, POSITIVE);
		SentenceInput tooLong = new SentenceInput("a sentence over the limit", 90, null);
		CalibratedScore mixed = this.scorer.score(List.of(analysed, rootOnly, tooLong));
		CalibratedScore v1 = new CalibratedScorer(this.calibration, Vader.shared())
			.score(List.of(new SentenceInput("not good.", 3, MOSTLY_NEGATIVE), rootOnly, tooLong));
		assertThat(mixed.version()).isEqualTo("calibrated-v1");
		assertThat(mixed.score()).isEqualTo(v1.score());
		assertThat(mixed.sentenceScores()).isEqualTo(v1.sentenceScores());
		assertThat(mixed.phrases()).isNull();
		// an unscored sentence has no analysis to lack: it does not force v1
		assertThat(this.scorer.score(List.of(analysed, tooLong)).version()).isEqualTo("calibrated-v2");
	}

	@Test
	void aSentenceWithoutItsAnalysisScoresAsV1CombinesItsTwoScores() {
		SentenceInput sentence = new SentenceInput("The service was great!", 5, POSITIVE);
		CalibratedScore score = this.scorer.score(List.of(sentence));
		double coreNlp = (0.04 + 2 * 0.15 + 3 * 0.6 + 4 * 0.2 - 2) / 2;
		double vader = Vader.shared().polarityScores("The service was great!").compound();
		assertThat(score.coreNlp()).isCloseTo(coreNlp, within(1e-12));
		assertThat(score.vader()).isCloseTo(vader, within(1e-12));
		assertThat(score.score()).isCloseTo(this.calibration.intercept() + this.calibration.coreNlpWeight() * coreNlp
				+ this.calibration.vaderWeight() * vader, within(1e-12));
		assertThat(score.label()).isEqualTo(this.calibration.label(score.score()));
		assertThat(score.label().ordinal()).isGreaterThan(2);
		assertThat(score.sentenceScores()).containsExactly(score.score());
	}

	@Test
	void anInformationalSentenceThatCoreNlpCallsNegativeComesOutNearerNeutral() {
		SentenceInput sentence = new SentenceInput("The council meets on Tuesday at the town hall.", 10,
				MOSTLY_NEGATIVE);
		CalibratedScore score = this.scorer.score(List.of(sentence));
		assertThat(score.vader()).isZero();
		assertThat(Math.abs(score.score())).isLessThan(Math.abs(score.coreNlp()));
	}

	@Test
	void sentencesAreWeightedByTheirTokensAndUnscoredOnesLeftOut() {
		SentenceInput longOne = new SentenceInput("I really love how friendly the staff were to us.", 12, POSITIVE);
		SentenceInput shortOne = new SentenceInput("Terrible parking.", 3, MOSTLY_NEGATIVE);
		SentenceInput tooLong = new SentenceInput("a sentence over the limit", 90, null);
		CalibratedScore score = this.scorer.score(List.of(longOne, shortOne, tooLong));
		double a = this.scorer.score(List.of(longOne)).score();
		double b = this.scorer.score(List.of(shortOne)).score();
		assertThat(score.score()).isCloseTo((12 * a + 3 * b) / 15, within(1e-12));
		assertThat(score.sentenceScores()).containsExactly(a, b, null);
	}

	@Test
	void aCommentWithoutScoredSentencesIsNotScored() {
		CalibratedScore score = this.scorer.score(List.of(new SentenceInput("way too long", 120, null)));
		assertThat(score.isScored()).isFalse();
		assertThat(score.label()).isNull();
		assertThat(this.scorer.score(List.of()).isScored()).isFalse();
	}

	@Test
	void theLabelIsABandOfTheScore() {
		double[] edges = this.calibration.edges();
		assertThat(this.calibration.label(-1)).isEqualTo(Sentiment.VERY_NEGATIVE);
		assertThat(this.calibration.label(edges[0])).isEqualTo(Sentiment.VERY_NEGATIVE);
		assertThat(this.calibration.label(Math.nextUp(edges[0]))).isEqualTo(Sentiment.NEGATIVE);
		assertThat(this.calibration.label((edges[1] + edges[2]) / 2)).isEqualTo(Sentiment.NEUTRAL);
		assertThat(this.calibration.label(Math.nextUp(edges[2]))).isEqualTo(Sentiment.POSITIVE);
		assertThat(this.calibration.label(1)).isEqualTo(Sentiment.VERY_POSITIVE);
		assertThat(edges[1]).isNegative();
		assertThat(edges[2]).isPositive();
	}

	@Test
	void scoresStayWithinMinusOneAndOne() {
		double[] sure = { 0, 0, 0, 0, 1 };
		CalibratedScore score = this.scorer
			.score(List.of(new SentenceInput("BEST. DAY. EVER!!! I LOVE LOVE LOVE it :) :D", 14, sure)));
		assertThat(score.score()).isBetween(-1.0, 1.0);
	}

	@Test
	void isSafeToShareBetweenThreads() throws Exception {
		List<List<SentenceInput>> comments = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			comments.add(List.of(new SentenceInput("Not bad at all, comment " + i + "!", 8, POSITIVE),
					new SentenceInput("But the ending was awful.", 6, MOSTLY_NEGATIVE)));
		}
		double[] alone = comments.stream().mapToDouble(c -> this.scorer.score(c).score()).toArray();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Double>> futures = new ArrayList<>();
			for (List<SentenceInput> comment : comments) {
				futures.add(threads.submit(() -> this.scorer.score(comment).score()));
			}
			double[] together = new double[alone.length];
			for (int i = 0; i < together.length; i++) {
				together[i] = futures.get(i).get();
			}
			assertThat(together).containsExactly(alone);
		}
		finally {
			threads.shutdown();
		}
		assertThat(Arrays.stream(alone).distinct().count()).isGreaterThan(1);
	}

}
