package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.SentimentStatistics.Interval;
import news.tenor.scoring.calibration.SentimentStatistics.Sample;
import news.tenor.scoring.calibration.SentimentStatistics.Shrinkage;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SentimentStatisticsTest {

	/** Comments drawn with the given chances of a positive and a negative label. */
	static Sample comments(Random random, int n, double positive, double negative, double shift) {
		double[] scores = new double[n];
		Sentiment[] labels = new Sentiment[n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			if (u < positive) {
				labels[i] = Sentiment.POSITIVE;
				scores[i] = Math.min(1, 0.4 + shift + 0.2 * random.nextGaussian());
			}
			else if (u < positive + negative) {
				labels[i] = Sentiment.NEGATIVE;
				scores[i] = Math.max(-1, -0.4 + shift + 0.2 * random.nextGaussian());
			}
			else {
				labels[i] = Sentiment.NEUTRAL;
				scores[i] = shift + 0.05 * random.nextGaussian();
			}
		}
		return Sample.of(scores, labels);
	}

	@Nested
	class MeanScore {

		@Test
		void isStudentsTInterval() {
			Sample sample = Sample.of(new double[] { 0.1, 0.2, 0.3, 0.4, 0.5 }, new Sentiment[] { Sentiment.NEUTRAL,
					Sentiment.POSITIVE, Sentiment.POSITIVE, Sentiment.POSITIVE, Sentiment.VERY_POSITIVE });
			Interval interval = SentimentStatistics.meanScore(sample);
			// 0.3 ± 2.7764 · 0.1581 / √5
			assertThat(interval.estimate()).isCloseTo(0.3, within(1e-12));
			assertThat(interval.low()).isCloseTo(0.1037, within(1e-4));
			assertThat(interval.high()).isCloseTo(0.4963, within(1e-4));
		}

		@Test
		void oneCommentHasNoInterval() {
			Interval interval = SentimentStatistics
				.meanScore(Sample.of(new double[] { 0.8 }, new Sentiment[] { Sentiment.VERY_POSITIVE }));
			assertThat(interval).isEqualTo(new Interval(0.8, -1, 1));
		}

		@Test
		void tQuantilesAreRight() {
			assertThat(SentimentStatistics.t975(10)).isCloseTo(2.2281, within(1e-4));
			assertThat(SentimentStatistics.t975(60)).isCloseTo(2.0003, within(1e-3));
			assertThat(SentimentStatistics.t975(1000)).isCloseTo(1.9623, within(1e-3));
		}

	}

	@Nested
	class NetSentiment {

		@Test
		void coversTheTrueNetSentimentNineteenTimesInTwentyEvenForFewComments() {
			Random random = new Random(7);
			for (int n : new int[] { 10, 30, 200 }) {
				int covered = 0;
				int runs = 4000;
				for (int run = 0; run < runs; run++) {
					Interval interval = SentimentStatistics.netSentiment(comments(random, n, 0.5, 0.3, 0));
					covered += interval.low() <= 0.2 && 0.2 <= interval.high() ? 1 : 0;
				}
				assertThat((double) covered / runs).as("coverage with %d comments", n).isBetween(0.93, 0.975);
			}
		}

		@Test
		void fewCommentsAllOnOneSideStillLeaveRoom() {
			Sample five = Sample.of(new double[] { 0.5, 0.5, 0.5, 0.5, 0.5 }, new Sentiment[] { Sentiment.POSITIVE,
					Sentiment.POSITIVE, Sentiment.POSITIVE, Sentiment.POSITIVE, Sentiment.POSITIVE });
			Interval interval = SentimentStatistics.netSentiment(five);
			assertThat(interval.estimate()).isEqualTo(1.0);
			assertThat(interval.high()).isEqualTo(1.0);
			assertThat(interval.low()).isBetween(0.1, 0.5);
		}

	}

	@Nested
	class Change {

		@Test
		void theSameReadersTwiceIsNoise() {
			Random random = new Random(11);
			int flagged = 0;
			for (int run = 0; run < 2000; run++) {
				Sample before = comments(random, 80, 0.4, 0.3, 0);
				Sample after = comments(random, 120, 0.4, 0.3, 0);
				flagged += SentimentStatistics.meanScoreChange(before, after).beyondNoise() ? 1 : 0;
				flagged += SentimentStatistics.netSentimentChange(before, after).beyondNoise() ? 1 : 0;
			}
			// each test is wrong one time in twenty
			assertThat(flagged / 4000.0).isBetween(0.03, 0.07);
		}

		@Test
		void aRealShiftIsBeyondNoise() {
			Random random = new Random(13);
			Sample before = comments(random, 300, 0.3, 0.4, 0);
			Sample after = comments(random, 300, 0.5, 0.2, 0.05);
			assertThat(SentimentStatistics.meanScoreChange(before, after).beyondNoise()).isTrue();
			SentimentStatistics.Change net = SentimentStatistics.netSentimentChange(before, after);
			assertThat(net.beyondNoise()).isTrue();
			assertThat(net.difference()).isCloseTo(0.4, within(0.1));
		}

	}

	@Nested
	class Ranking {

		@Test
		void aHandfulOfCommentsCannotWinByLuck() {
			Random random = new Random(17);
			List<Sample> articles = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				articles.add(comments(random, 20 + random.nextInt(40), 0.35, 0.35, 0.1 * random.nextGaussian()));
			}
			Sample lucky = Sample.of(new double[] { 0.9 }, new Sentiment[] { Sentiment.VERY_POSITIVE });
			Sample liked = comments(random, 60, 0.7, 0.1, 0.1);
			articles.add(lucky);
			articles.add(liked);
			Shrinkage shrinkage = SentimentStatistics.shrinkage(articles);
			assertThat(lucky.mean()).isGreaterThan(liked.mean());
			assertThat(shrinkage.shrunken(liked)).isGreaterThan(shrinkage.shrunken(lucky));
			// many comments keep their own mean; one is mostly the average
			assertThat(shrinkage.shrunken(liked)).isCloseTo(liked.mean(), within(0.05));
			assertThat(shrinkage.priorComments()).isGreaterThan(1);
		}

	}

}
