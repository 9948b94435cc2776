package news.tenor.mentions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import news.tenor.mentions.EntitySentimentSet.Sentence;
import news.tenor.mentions.MentionScore.Scope;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.CalibratedScore;
import news.tenor.scoring.calibration.CalibratedScorer;
import news.tenor.scoring.calibration.SentenceInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Sentiment toward a mention, from the committed analyses of the labelled comments. */
class MentionSentimentTest {

	private static final Map<Integer, List<Sentence>> analyses = EntitySentimentSet.analyses();

	private final MentionSentiment sentiment = MentionSentiment.shipped();

	/** The issue's example, comment 1 of the labelled set. */
	static Sentence issueExample() {
		return analyses.get(1).get(0);
	}

	@Nested
	class FromTheTree {

		@Test
		void theIssuesTwoPeopleGetOppositeSigns() {
			Sentence sentence = issueExample();
			assertThat(sentence.text()).startsWith("Takaichi's budget is reckless, while Koizumi");
			List<MentionScore> scores = sentiment.score(sentence.input(), sentence.mentions());
			assertThat(scores).hasSize(2);
			assertThat(scores.get(0).score()).isNegative();
			assertThat(scores.get(0).label()).isIn(Sentiment.NEGATIVE, Sentiment.VERY_NEGATIVE);
			assertThat(scores.get(0).scope()).isEqualTo(Scope.CLAUSE);
			assertThat(scores.get(1).score()).isPositive();
			assertThat(scores.get(1).scope()).isEqualTo(Scope.CLAUSE);
			assertThat(scores.get(1).version()).isEqualTo("calibrated-v2");
			// the sentence itself is on one side only
			assertThat(CalibratedScorer.shipped().score(List.of(sentence.input())).score()).isNegative();
		}

		@Test
		void oneMentionWithoutAContrastGetsTheSentencesScore() {
			// 31: "Koizumi did a fantastic job at the summit."
			Sentence sentence = analyses.get(31).get(0);
			MentionScore score = sentiment.score(sentence.input(), sentence.mentions()).get(0);
			assertThat(score.scope()).isEqualTo(Scope.SENTENCE);
			assertThat(score.score()).isCloseTo(CalibratedScorer.shipped().score(List.of(sentence.input())).score(),
					within(0.02));
			assertThat(score.label()).isEqualTo(Sentiment.VERY_POSITIVE);
		}

		@Test
		void theObjectOfThanTakesTheOppositeOfTheClauseItIsComparedWith() {
			// 12: "Koizumi is far more honest than Takaichi."
			Sentence sentence = analyses.get(12).get(0);
			List<MentionScore> scores = sentiment.score(sentence.input(), sentence.mentions());
			assertThat(scores.get(0).score()).isPositive();
			assertThat(scores.get(1).scope()).isEqualTo(Scope.CONTRASTED);
			assertThat(scores.get(1).score()).isEqualTo(-scores.get(0).score());
		}

		@Test
		void analysesAndMentionsOfDifferentSentencesAreRefused() {
			Sentence one = analyses.get(1).get(0);
			Sentence other = analyses.get(31).get(0);
			assertThatIllegalArgumentException().isThrownBy(() -> sentiment.score(one.input(), other.mentions()));
		}

	}

	@Nested
	class WithoutTheTree {

		@Test
		void aSentenceCachedWithoutItsTreeGivesEveryMentionItsCalibratedV1Score() {
			Sentence sentence = issueExample();
			SentenceInput rootOnly = new SentenceInput(sentence.text(), sentence.mentions().tokens(),
					sentence.probabilities());
			List<MentionScore> scores = sentiment.score(rootOnly, sentence.mentions());
			CalibratedScore v1 = CalibratedScorer.shipped().score(List.of(rootOnly));
			assertThat(v1.version()).isEqualTo("calibrated-v1");
			assertThat(scores).hasSize(2).allSatisfy((s) -> {
				assertThat(s.scope()).isEqualTo(Scope.SENTENCE_ROOT_ONLY);
				assertThat(s.score()).isEqualTo(v1.score());
				assertThat(s.label()).isEqualTo(v1.label());
				assertThat(s.version()).isEqualTo("calibrated-v1");
			});
			assertThat(sentiment.combine(scores).version()).isEqualTo("calibrated-v1");
		}

		@Test
		void aSentenceCoreNlpDidNotScoreGivesNoScore() {
			Sentence sentence = issueExample();
			SentenceInput unscored = new SentenceInput(sentence.text(), sentence.mentions().tokens(), null);
			assertThat(sentiment.score(unscored, sentence.mentions()))
				.allMatch((s) -> !s.isScored() && s.scope() == Scope.UNSCORED);
			assertThat(sentiment.combine(sentiment.score(unscored, sentence.mentions())).isScored()).isFalse();
		}

	}

	@Test
	void aCommentsSentimentTowardAnEntityIsTheMeanOfItsMentions() {
		Sentence sentence = issueExample();
		List<MentionScore> scores = sentiment.score(sentence.input(), sentence.mentions());
		MentionScore combined = sentiment.combine(scores);
		assertThat(combined.score()).isCloseTo((scores.get(0).score() + scores.get(1).score()) / 2, within(1e-12));
		assertThat(combined.scope()).isEqualTo(Scope.COMMENT);
		assertThat(combined.version()).isEqualTo("calibrated-v2");
	}

}
