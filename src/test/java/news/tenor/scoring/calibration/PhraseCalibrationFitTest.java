package news.tenor.scoring.calibration;

import java.util.List;

import news.tenor.scoring.calibration.CalibrationFit.Figures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped calibrated-v2 is what the fitting command makes of the committed
 * calibration data and analyses, and it reaches the figures NOTES-calibration.md reports,
 * against CoreNLP, VADER and v1 measured in the same run. Without CoreNLP and without
 * {@code ../shared}: the analyses are the committed ones.
 */
class PhraseCalibrationFitTest {

	static CalibrationFit.Report v1;

	static PhraseCalibrationFit.Report v2;

	static List<CalibrationFit.Example> examples;

	@BeforeAll
	static void fit() {
		Vader vader = Vader.shared();
		examples = CalibrationFit.examples(CalibrationSentences.read(), CalibrationAnalyses.read(), vader);
		v1 = CalibrationFit.report(examples, vader);
		v2 = new PhraseCalibrationFit(vader).report(examples, v1.shipped());
	}

	@Test
	void theShippedParametersAreTheFitsOwn() {
		PhraseCalibration shipped = PhraseCalibration.shipped();
		assertThat(shipped.version()).isEqualTo("calibrated-v2");
		for (int i = 0; i < 5; i++) {
			assertThat(shipped.weights()[i]).isCloseTo(v2.shipped().weights()[i], within(1e-12));
		}
		for (int k = 0; k < 4; k++) {
			assertThat(shipped.edges()[k]).isCloseTo(v2.shipped().edges()[k], within(1e-12));
		}
	}

	@Test
	void everyScoredSentenceHasItsAnalysis() {
		long withoutAnalysis = examples.stream()
			.flatMap(e -> e.inputs().stream())
			.filter(s -> s.scored() && !s.analysed())
			.count();
		assertThat(withoutAnalysis).isZero();
	}

	@Test
	void theFittedLinearScoreIsTheProductionScorersScore() {
		// in sample, the production scorer's figures equal the linear fit's own
		PhraseCalibrationFit fit = new PhraseCalibrationFit(Vader.shared());
		List<PhraseCalibrationFit.Point> amazon = PhraseCalibrationFit
			.of(PhraseCalibrationFit.points(examples, fit.shipped()), "amazon");
		PhraseCalibrationFit.Linear linear = new PhraseCalibrationFit.Linear(v2.shipped().weights(),
				v2.shipped().edges());
		List<CalibrationFit.Scored> byLinear = PhraseCalibrationFit.apply(linear, amazon);
		List<CalibrationFit.Scored> byScorer = fit.score(CalibratedScorer.shipped(), amazon);
		for (int i = 0; i < amazon.size(); i++) {
			assertThat(byScorer.get(i).score()).isCloseTo(byLinear.get(i).score(), within(1e-12));
			assertThat(byScorer.get(i).label()).isEqualTo(byLinear.get(i).label());
		}
	}

	@Test
	void outOfFoldOnAmazonItAgreesWithPeopleBetterThanV1AndBothScorers() {
		Figures v2Amazon = v2.get("amazon/v2-oof");
		Figures v1Amazon = v1.get("amazon/calibrated-oof");
		// the issue's target of 0.70 is not reached: see NOTES-calibration.md
		assertThat(v2Amazon.r()).isGreaterThan(0.655).isGreaterThan(v1Amazon.r() + 0.015);
		assertThat(v2Amazon.net()).isCloseTo(v1.peopleNetAmazon(), within(0.03));
		assertThat(v2Amazon.threeClass()).isGreaterThan(v1.get("amazon/corenlp").threeClass())
			.isGreaterThan(v1.get("amazon/vader").threeClass())
			.isGreaterThan(v1Amazon.threeClass());
		assertThat(v2.get("sst-dev/v2-oof").r()).isGreaterThan(v1.get("sst-dev/calibrated-oof").r() + 0.01)
			.isGreaterThan(v1.get("sst-dev/corenlp").r());
	}

	@Test
	void onSstTestItBeatsV1AndCoreNlpButMissesTheIssuesTargets() {
		Figures test = v2.get("sst-test/v2");
		Figures coreNlp = v1.get("sst-test/corenlp");
		assertThat(test.r()).isGreaterThan(0.63).isGreaterThan(v1.get("sst-test/calibrated").r());
		// 80% binary and 40% fine-grained are the issue's targets, not reached
		assertThat(test.binary()).isGreaterThan(0.785).isGreaterThan(v1.get("sst-test/calibrated").binary());
		assertThat(test.fine()).isGreaterThan(0.39).isGreaterThan(coreNlp.fine());
	}

	@Test
	void aFitOnOneSetBeatsV1sFitOnTheSameSetOnTheOther() {
		assertThat(v2.get("amazon/v2-from-sst-dev").r()).isGreaterThan(v1.get("amazon/from-sst-dev").r() + 0.01);
		assertThat(v2.get("sst-test/v2-from-amazon").r()).isGreaterThan(v1.get("sst-test/from-amazon").r() + 0.01)
			.isGreaterThan(v1.get("sst-test/corenlp").r());
		assertThat(v2.get("sst-test/v2-from-amazon").binary()).isGreaterThan(v1.get("sst-test/from-amazon").binary());
	}

}
