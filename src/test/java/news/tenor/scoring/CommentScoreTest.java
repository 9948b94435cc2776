package news.tenor.scoring;

import java.util.List;

import news.tenor.scoring.CommentScore.Part;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentScoreTest {

	static final Offset<Double> EXACT = Offset.offset(1e-12);

	static SentenceScore positive() {
		return SentenceScore.scored(3, new double[] { 0.05, 0.05, 0.2, 0.4, 0.3 });
	}

	static SentenceScore negative() {
		return SentenceScore.scored(1, new double[] { 0.3, 0.4, 0.2, 0.05, 0.05 });
	}

	@Test
	void aOneSentenceCommentKeepsCoreNlpsLabelAndProbabilities() {
		// the sentence's label is taken as CoreNLP gave it, not recomputed (here a tie)
		SentenceScore tie = SentenceScore.scored(2, new double[] { 0.1, 0.2, 0.3, 0.3, 0.1 });
		CommentScore score = CommentScore.of(List.of(new Part(tie, 7)));
		assertThat(score.label()).isEqualTo(Sentiment.NEUTRAL);
		assertThat(score.probabilities()).containsExactly(0.1, 0.2, 0.3, 0.3, 0.1);
		assertThat(score.score()).isCloseTo((0.2 + 0.6 + 0.9 + 0.4 - 2) / 2, EXACT);
		assertThat(score.sentences()).isEqualTo(1);
		assertThat(score.unscored()).isZero();
	}

	@Test
	void sentencesAreWeightedByTheirLength() {
		// a 3-token positive sentence and a 9-token negative one: 1/4 and 3/4
		CommentScore score = CommentScore.of(List.of(new Part(positive(), 3), new Part(negative(), 9)));
		assertThat(score.probabilities()[0]).isCloseTo(0.25 * 0.05 + 0.75 * 0.3, EXACT);
		assertThat(score.probabilities()[3]).isCloseTo(0.25 * 0.4 + 0.75 * 0.05, EXACT);
		assertThat(score.label()).isEqualTo(Sentiment.NEGATIVE);
		assertThat(score.score()).isCloseTo(Sentiment.score(score.probabilities()), EXACT);
		assertThat(score.score()).isNegative();
	}

	@Test
	void unscoredSentencesAreCountedAndLeftOut() {
		SentenceScore tooLong = SentenceScore.tooLong(120, 80);
		CommentScore score = CommentScore.of(List.of(new Part(tooLong, 120), new Part(positive(), 5)));
		assertThat(score.sentences()).isEqualTo(2);
		assertThat(score.unscored()).isEqualTo(1);
		// what is left is one sentence: its label stands
		assertThat(score.label()).isEqualTo(Sentiment.POSITIVE);
		assertThat(score.probabilities()).containsExactly(positive().probabilities());
	}

	@Test
	void aCommentWithNothingScoredHasNoScore() {
		CommentScore score = CommentScore
			.of(List.of(new Part(SentenceScore.unscored(SentenceScore.Status.FAILED, "parser gave up"), 4)));
		assertThat(score.label()).isNull();
		assertThat(score.score()).isNull();
		assertThat(score.probabilities()).isNull();
		assertThat(score.unscored()).isEqualTo(1);
		assertThat(CommentScore.of(List.of()).sentences()).isZero();
	}

	@Test
	void theScoreRunsFromMinusOneToOne() {
		assertThat(Sentiment.score(new double[] { 1, 0, 0, 0, 0 })).isEqualTo(-1.0);
		assertThat(Sentiment.score(new double[] { 0, 0, 1, 0, 0 })).isEqualTo(0.0);
		assertThat(Sentiment.score(new double[] { 0, 0, 0, 0, 1 })).isEqualTo(1.0);
	}

}
