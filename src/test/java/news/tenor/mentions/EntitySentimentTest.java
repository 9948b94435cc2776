package news.tenor.mentions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.tenor.mentions.EntitySentimentEvaluation.Result;
import news.tenor.mentions.EntitySentimentSet.Sentence;
import news.tenor.scoring.calibration.CalibratedScorer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targets on the labelled pairs, from the committed CoreNLP analyses (no
 * parsing): the entity-directed method gets at least 85% of the signs right, and 75% on
 * the pairs of two entities of opposite sentiment in one sentence, where the sentence's
 * score cannot get more than half.
 */
class EntitySentimentTest {

	@Test
	void theMethodMeetsTheTargetsWhereTheSentenceScoreCannot() {
		Map<Integer, List<Sentence>> analyses = EntitySentimentSet.analyses();
		List<Result> results = EntitySentimentEvaluation.evaluate(EntitySentimentSet.pairs(), analyses,
				MentionSentiment.shipped(), CalibratedScorer.shipped());
		EntitySentimentReport.print(results, Boolean.getBoolean("tenor.mentions.explain") ? analyses : null);
		assertThat(results).hasSizeGreaterThanOrEqualTo(60);
		assertThat(results.stream().filter(Result::opposite).count()).isGreaterThanOrEqualTo(results.size() / 3);
		assertThat(EntitySentimentEvaluation.method(results, (r) -> true).share()).isGreaterThanOrEqualTo(0.85);
		assertThat(EntitySentimentEvaluation.method(results, Result::opposite).share()).isGreaterThanOrEqualTo(0.75);
		assertThat(EntitySentimentEvaluation.sentence(results, Result::opposite).share()).isLessThanOrEqualTo(0.5);
	}

}
