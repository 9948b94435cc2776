package news.tenor.scoring.calibration;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped calibration is what the fitting command makes of the committed calibration
 * data, and it reaches the figures NOTES-calibration.md reports. Runs the fit (step b) in
 * a few seconds, without CoreNLP and without {@code ../shared}.
 */
class CalibrationFitTest {

	static CalibrationFit.Report report;

	@BeforeAll
	static void fit() {
		Vader vader = Vader.shared();
		List<CalibrationFit.Example> examples = CalibrationFit.examples(CalibrationSentences.read(), vader);
		report = CalibrationFit.report(examples, vader);
	}

	@Test
	void theShippedParametersAreTheFitsOwn() {
		Calibration shipped = Calibration.shipped();
		Calibration fitted = report.shipped();
		assertThat(shipped.version()).isEqualTo("calibrated-v1");
		// written as the shortest decimal that reads back as the same double
		assertThat(shipped.intercept()).isCloseTo(fitted.intercept(), within(1e-12));
		assertThat(shipped.coreNlpWeight()).isCloseTo(fitted.coreNlpWeight(), within(1e-12));
		assertThat(shipped.vaderWeight()).isCloseTo(fitted.vaderWeight(), within(1e-12));
		for (int k = 0; k < 4; k++) {
			assertThat(shipped.edges()[k]).isCloseTo(fitted.edges()[k], within(1e-12));
		}
	}

	@Test
	void everyItemThatCoreNlpScoredIsThere() {
		assertThat(report.amazonItems()).isEqualTo(3700); // 3,708 less 8 with only
															// over-long sentences
		assertThat(report.sstDevItems()).isEqualTo(1101);
		assertThat(report.sstTestItems()).isEqualTo(2210);
	}

	@Test
	void outOfFoldOnAmazonItAgreesWithPeopleBetterThanEitherScorer() {
		CalibrationFit.Figures coreNlp = report.get("amazon/corenlp");
		CalibrationFit.Figures vader = report.get("amazon/vader");
		CalibrationFit.Figures calibrated = report.get("amazon/calibrated-oof");
		assertThat(coreNlp.r()).isCloseTo(0.557, within(0.0005)); // README's figure for
																	// today's score
		assertThat(vader.r()).isCloseTo(0.591, within(0.0005));
		// the target of 0.70 is not reached: see NOTES-calibration.md
		assertThat(calibrated.r()).isGreaterThan(0.635).isGreaterThan(vader.r()).isGreaterThan(coreNlp.r());
		assertThat(calibrated.net()).isCloseTo(report.peopleNetAmazon(), within(0.03));
		assertThat(coreNlp.net() - report.peopleNetAmazon()).isLessThan(-0.20);
		assertThat(calibrated.threeClass()).isGreaterThan(coreNlp.threeClass()).isGreaterThan(vader.threeClass());
	}

	@Test
	void onSstTestItKeepsCoreNlpsStrengthAndAddsToIt() {
		CalibrationFit.Figures coreNlp = report.get("sst-test/corenlp");
		CalibrationFit.Figures vader = report.get("sst-test/vader");
		CalibrationFit.Figures calibrated = report.get("sst-test/calibrated");
		assertThat(coreNlp.fine()).isCloseTo(0.383, within(0.0005)); // README's figures
		assertThat(coreNlp.binary()).isCloseTo(0.764, within(0.0005));
		assertThat(calibrated.r()).isGreaterThan(coreNlp.r()).isGreaterThan(vader.r());
		// the 80% binary and 40% fine-grained are not reached: see the notes
		assertThat(calibrated.binary()).isGreaterThan(0.78);
		assertThat(calibrated.fine()).isGreaterThan(0.37);
	}

	@Test
	void aFitOnOneSetStillBeatsCoreNlpOnTheOther() {
		assertThat(report.get("amazon/from-sst-dev").r()).isGreaterThan(report.get("amazon/corenlp").r() + 0.04);
		assertThat(report.get("amazon/from-sst-dev").net()).isGreaterThan(report.get("amazon/corenlp").net());
		assertThat(report.get("sst-test/from-amazon").r()).isGreaterThan(report.get("sst-test/vader").r());
	}

}
