package news.tenor.scoring;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The cached text of a sentence analysis, read back, without CoreNLP. */
class SentenceAnalysisTest {

	/**
	 * "not good ." as ((not good) .): 0 the root, 1 (not good), 2 not, 3 good, 4 the full
	 * stop.
	 */
	static String ofThreeWords() {
		byte[] p = { 20, 120, 90, 20, 5, //
				10, (byte) 140, 80, 20, 5, //
				0, 0, (byte) 255, 0, 0, //
				0, 0, 25, (byte) 180, 50, //
				0, 0, (byte) 255, 0, 0 };
		return "a1 ((... " + Base64.getEncoder().withoutPadding().encodeToString(p) + " not/RB good/JJ ./.";
	}

	@Test
	void theTreeIsReadBackInPreorderWithSpans() {
		SentenceAnalysis analysis = SentenceAnalysis.decode(ofThreeWords());
		assertThat(analysis.tokens()).isEqualTo(3);
		assertThat(analysis.nodes()).isEqualTo(5);
		assertThat(analysis.left(0)).isEqualTo(1);
		assertThat(analysis.right(0)).isEqualTo(4);
		assertThat(analysis.left(1)).isEqualTo(2);
		assertThat(analysis.right(1)).isEqualTo(3);
		assertThat(analysis.isWord(2)).isTrue();
		assertThat(analysis.start(1)).isZero();
		assertThat(analysis.end(1)).isEqualTo(2);
		assertThat(analysis.span(0)).isEqualTo(3);
		assertThat(analysis.start(4)).isEqualTo(2);
		assertThat(analysis.word(1)).isEqualTo("good");
		assertThat(analysis.tag(1)).isEqualTo("JJ");
	}

	@Test
	void probabilitiesAreBytesAndScoresTheirRenormalisedExpectedClass() {
		SentenceAnalysis analysis = SentenceAnalysis.decode(ofThreeWords());
		assertThat(analysis.probability(3, 3)).isCloseTo(180 / 255.0, within(1e-12));
		double expected = (25 * 2 + 180 * 3 + 50 * 4) / 255.0;
		assertThat(analysis.score(3)).isCloseTo((expected - 2) / 2, within(1e-12));
		assertThat(analysis.score(2)).isZero();
		// 10 + 140 + 80 + 20 + 5 = 255; 20 + 120 + 90 + 20 + 5 = 255
		assertThat(analysis.score(1)).isNegative();
	}

	@Test
	void encodingIsTheTextItWasReadFrom() {
		String text = ofThreeWords();
		assertThat(SentenceAnalysis.decode(text).encode()).isEqualTo(text);
		assertThat(SentenceAnalysis.decode(text).encodedBytes()).isEqualTo(text.length());
	}

	@Test
	void aWordWithASlashKeepsItAndTheTagFollowsTheLastOne() {
		byte[] p = new byte[5];
		p[2] = (byte) 255;
		SentenceAnalysis analysis = SentenceAnalysis
			.decode("a1 . " + Base64.getEncoder().withoutPadding().encodeToString(p) + " b/w/NN");
		assertThat(analysis.word(0)).isEqualTo("b/w");
		assertThat(analysis.tag(0)).isEqualTo("NN");
		assertThat(analysis.nodes()).isEqualTo(1);
	}

	@Test
	void aShapeThatDoesNotFitTheTokensOrAnotherFormatIsRefused() {
		String probabilities = Base64.getEncoder().withoutPadding().encodeToString(new byte[15]);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SentenceAnalysis.decode("a1 (.. " + probabilities + " a/DT"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SentenceAnalysis.decode("a1 (. " + probabilities + " a/DT"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SentenceAnalysis.decode("a0 (.. " + probabilities + " a/DT b/DT"));
	}

}
