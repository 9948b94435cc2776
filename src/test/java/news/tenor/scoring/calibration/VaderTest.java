package news.tenor.scoring.calibration;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenor's VADER gives what the reference implementation prints: the examples of
 * cjhutto/vaderSentiment's README (3.3.2) and of its demo's tricky sentences with their
 * published scores, rounded as the reference rounds them. NOTES-calibration.md tells how
 * the port was also checked against a transcription of the reference on all 7,192
 * calibration sentences.
 */
class VaderTest {

	final Vader vader = Vader.shared();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					VADER is smart, handsome, and funny.                      | 0.0   | 0.254 | 0.746 | 0.8316
					VADER is smart, handsome, and funny!                      | 0.0   | 0.248 | 0.752 | 0.8439
					VADER is very smart, handsome, and funny.                 | 0.0   | 0.299 | 0.701 | 0.8545
					VADER is VERY SMART, handsome, and FUNNY.                 | 0.0   | 0.246 | 0.754 | 0.9227
					VADER is VERY SMART, handsome, and FUNNY!!!               | 0.0   | 0.233 | 0.767 | 0.9342
					VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!  | 0.0   | 0.294 | 0.706 | 0.9469
					VADER is not smart, handsome, nor funny.                  | 0.646 | 0.354 | 0.0   | -0.7424
					The book was good.                                        | 0.0   | 0.508 | 0.492 | 0.4404
					At least it isn't a horrible book.                        | 0.0   | 0.678 | 0.322 | 0.431
					The book was only kind of good.                           | 0.0   | 0.697 | 0.303 | 0.3832
					The plot was good, but the characters are uncompelling and the dialog is not great. | 0.327 | 0.579 | 0.094 | -0.7042
					Today SUX!                                                | 0.779 | 0.221 | 0.0   | -0.5461
					Today only kinda sux! But I'll get by, lol                | 0.127 | 0.556 | 0.317 | 0.5249
					Make sure you :) or :D today!                             | 0.0   | 0.294 | 0.706 | 0.8633
					Catch utf-8 emoji such as 💘 and 💋 and 😁                | 0.0   | 0.721 | 0.279 | 0.7003
					Sentiment analysis has never been good.                   | 0.325 | 0.675 | 0.0   | -0.3412
					Sentiment analysis has never been this good!              | 0.0   | 0.621 | 0.379 | 0.5672
					Most automated sentiment analysis tools are shit.         | 0.375 | 0.625 | 0.0   | -0.5574
					With VADER, sentiment analysis is the shit!               | 0.0   | 0.583 | 0.417 | 0.6476
					Other sentiment analysis tools can be quite bad.          | 0.351 | 0.649 | 0.0   | -0.5849
					On the other hand, VADER is quite bad ass!                | 0.0   | 0.414 | 0.586 | 0.8172
					Roger Dodger is one of the most compelling variations on this theme.  | 0.0   | 0.834 | 0.166 | 0.2944
					Roger Dodger is one of the least compelling variations on this theme. | 0.132 | 0.868 | 0.0   | -0.1695
					Not bad at all                                            | 0.0   | 0.513 | 0.487 | 0.431
					""")
	void theReadmeExamplesScoreAsTheReferencePrintsThem(String text, double neg, double neu, double pos,
			double compound) {
		Vader.Polarity polarity = this.vader.polarityScores(text);
		assertThat(round(polarity.compound(), 4)).as("compound").isEqualTo(compound);
		assertThat(round(polarity.neg(), 3)).as("neg").isEqualTo(neg);
		assertThat(round(polarity.neu(), 3)).as("neu").isEqualTo(neu);
		assertThat(round(polarity.pos(), 3)).as("pos").isEqualTo(pos);
	}

	@Test
	void atLeastIsNoNegation() {
		// the demo printed this one with an older word splitter: only its compound is
		// 3.3.2's
		assertThat(round(this.vader.polarityScores("Roger Dodger is at least compelling as a variation on the theme.")
			.compound(), 4)).isEqualTo(0.2263);
	}

	@Test
	void emojiAreReadAsTheirNames() {
		// 😁 "beaming face with smiling eyes", 😢 "crying face"
		assertThat(this.vader.polarityScores("Catch you later 😁").compound()).isPositive();
		assertThat(this.vader.polarityScores("Catch you later 😢").compound()).isNegative();
		// a name follows a word without a space, as in the reference: "later" + " beaming
		// ..."
		assertThat(this.vader.polarityScores("later😁").words()).isEqualTo(6);
	}

	@Test
	void noWordsScoreZero() {
		assertThat(this.vader.polarityScores("  ")).isEqualTo(new Vader.Polarity(0, 0, 0, 0, 0, 0, 0));
		assertThat(this.vader.polarityScores("The council meets on Tuesday.").compound()).isZero();
	}

	@Test
	void wordsAreSplitAndStrippedAsTheReferenceDoes() {
		assertThat(Vader.wordsAndEmoticons("Hello, world!! :) (great)")).containsExactly("Hello", "world", ":)",
				"great");
		// two characters or fewer after stripping: kept whole, as an emoticon would be
		assertThat(Vader.wordsAndEmoticons("ok!! :-D")).containsExactly("ok!!", ":-D");
		assertThat(Vader.isUpper("SUX!")).isTrue();
		assertThat(Vader.isUpper(":D")).isTrue();
		assertThat(Vader.isUpper("123")).isFalse();
	}

	private static double round(double value, int decimals) {
		return Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", value));
	}

}
