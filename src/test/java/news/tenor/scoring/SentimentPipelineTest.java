package news.tenor.scoring;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.common.ParserUtils;
import edu.stanford.nlp.trees.Tree;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The JVM's pipeline at and over the sentence limit: a sentence over it is never parsed,
 * and the parser's flat stand-in tree is never scored.
 */
class SentimentPipelineTest {

	static final String SENTENCE = "The council voted again on the plan that nobody in town wanted.";

	final SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);

	final int tokens = new SentenceSplitter().split(SENTENCE).get(0).tokens();

	@Test
	void aSentenceAtTheLimitIsParsedAndScored() {
		long before = SentimentPipeline.parsesInThisJvm();
		SentenceScore score = this.pipeline.score(SENTENCE, this.tokens);
		assertThat(score.status()).isEqualTo(SentenceScore.Status.SCORED);
		assertThat(score.label()).isBetween(0, 4);
		assertThat(score.probabilities()).hasSize(5);
		assertThat(score.probabilities()[score.label()]).isEqualTo(max(score.probabilities()));
		assertThat(SentimentPipeline.parsesInThisJvm() - before).isEqualTo(1);
	}

	@Test
	void theAnalysisIsTheTreeBehindTheScore() {
		SentimentPipeline.Analysed analysed = this.pipeline.analyse(SENTENCE, 80);
		SentenceScore score = this.pipeline.score(SENTENCE, 80);
		assertThat(analysed.score().probabilities()).containsExactly(score.probabilities());
		SentenceAnalysis analysis = analysed.analysis();
		assertThat(analysis.tokens()).isEqualTo(this.tokens);
		assertThat(analysis.nodes()).isEqualTo(2 * this.tokens - 1);
		assertThat(analysis.word(1)).isEqualTo("council");
		assertThat(analysis.tag(1)).isEqualTo("NN");
		for (int k = 0; k < 5; k++) {
			// quantised to a byte
			assertThat(analysis.probability(0, k)).isCloseTo(score.probabilities()[k], within(0.5 / 255 + 1e-12));
		}
		assertThat(SentenceAnalysis.decode(analysis.encode()).encode()).isEqualTo(analysis.encode());
		assertThat(this.pipeline.analyse(SENTENCE, this.tokens - 1).analysis()).isNull();
	}

	@Test
	void aSentenceOverTheLimitIsMarkedTooLongWithoutBeingParsed() {
		long before = SentimentPipeline.parsesInThisJvm();
		SentenceScore score = this.pipeline.score(SENTENCE, this.tokens - 1);
		assertThat(score.status()).isEqualTo(SentenceScore.Status.TOO_LONG);
		assertThat(score.isScored()).isFalse();
		assertThat(score.probabilities()).isNull();
		assertThat(score.detail()).isEqualTo(this.tokens + " tokens, over the limit of " + (this.tokens - 1));
		assertThat(SentimentPipeline.parsesInThisJvm()).isEqualTo(before);
	}

	@Test
	void theParsersFlatStandInTreeIsRecognised() {
		List<CoreLabel> words = List.of(word("flat"), word("tree"));
		Tree standIn = ParserUtils.xTree(words);
		assertThat(SentimentPipeline.isParserFallback(standIn)).isTrue();
		assertThat(SentimentPipeline.isParserFallback(null)).isTrue();
		assertThat(SentimentPipeline.isParserFallback(Tree.valueOf("(ROOT (NP (JJ flat) (NN tree)))"))).isFalse();
	}

	@Test
	void nothingToScoreIsAFailureNotAScore() {
		SentenceScore score = this.pipeline.score("   ", 80);
		assertThat(score.status()).isEqualTo(SentenceScore.Status.FAILED);
		assertThat(score.isScored()).isFalse();
	}

	private static CoreLabel word(String text) {
		CoreLabel label = new CoreLabel();
		label.setWord(text);
		label.setValue(text);
		return label;
	}

	private static double max(double[] values) {
		double max = values[0];
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max;
	}

}
