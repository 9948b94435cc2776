package news.tenor.scoring.calibration;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentimentPipeline;

import org.junit.jupiter.api.Test;

/**
 * The fitting command: step (b) of the calibration, from the committed calibration data
 * to the shipped parameters, and every figure of NOTES-calibration.md from one run.
 *
 * <pre>
 * mvn -Pbench test -Dtest=CalibrationFitBenchmark [-Dtenor.calibration.write=true]
 * </pre>
 *
 * With {@code -Dtenor.calibration.write=true} it writes
 * {@code src/main/resources/calibration/tenor-calibration-v1.properties}; otherwise it
 * prints what it would write (CalibrationFitTest checks that the shipped file is the
 * fit's). It also measures what the calibrated score costs per sentence against CoreNLP's
 * parse of the same sentences, in this JVM.
 */
class CalibrationFitBenchmark {

	static final Path SHIPPED = Path.of("src/main/resources/calibration/tenor-calibration-v1.properties");

	@Test
	void fitTheCalibrationAndReportItsFigures() throws Exception {
		Vader vader = Vader.shared();
		List<CalibrationFit.Example> examples = CalibrationFit.examples(CalibrationSentences.read(), vader);
		CalibrationFit.Report report = CalibrationFit.report(examples, vader);
		StringWriter properties = new StringWriter();
		report.shipped().write(properties, comment());
		if (Boolean.getBoolean("tenor.calibration.write")) {
			try (Writer out = Files.newBufferedWriter(SHIPPED, StandardCharsets.ISO_8859_1)) {
				out.write(properties.toString());
			}
			System.out.println("wrote " + SHIPPED.toAbsolutePath());
		}
		System.out.println(properties);
		System.out.println(CalibrationFit.table(report));
		cost(examples, new CalibratedScorer(report.shipped(), vader));
	}

	static String comment() {
		return """
				Tenor's calibrated comment score, version 1 (NOTES-calibration.md, "Calibrated score").
				score = clamp(intercept + weight.corenlp * C + weight.vader * V, -1, 1), C and V the
				token-weighted means of the sentences' CoreNLP expected-class score and VADER compound;
				label = the band of the score (up-to edges, inclusive).
				Written by: mvn -Pbench test -Dtest=CalibrationFitBenchmark -Dtenor.calibration.write=true
				from src/test/resources/calibration/calibration-sentences.tsv; CalibrationFitTest checks it.""";
	}

	/**
	 * Microseconds per sentence: the calibrated score on top of CoreNLP's, and CoreNLP's
	 * parse.
	 */
	private static void cost(List<CalibrationFit.Example> examples, CalibratedScorer scorer) {
		List<List<SentenceInput>> comments = examples.stream().map(CalibrationFit.Example::inputs).toList();
		int sentences = comments.stream().mapToInt(List::size).sum();
		double sink = 0;
		for (int warm = 0; warm < 5; warm++) {
			for (List<SentenceInput> comment : comments) {
				sink += scorer.score(comment).score();
			}
		}
		int rounds = 10;
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (List<SentenceInput> comment : comments) {
				sink += scorer.score(comment).score();
			}
		}
		double calibratedMicros = (System.nanoTime() - start) / 1e3 / rounds / sentences;
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		List<SentenceInput> sample = comments.stream()
			.flatMap(List::stream)
			.filter(SentenceInput::scored)
			.limit(300)
			.toList();
		for (SentenceInput sentence : sample.subList(0, 50)) {
			pipeline.score(sentence.text(), 80); // warm-up
		}
		start = System.nanoTime();
		for (SentenceInput sentence : sample) {
			pipeline.score(sentence.text(), 80);
		}
		double coreNlpMicros = (System.nanoTime() - start) / 1e3 / sample.size();
		System.out.printf(Locale.ROOT,
				"%ncost per sentence, one thread: calibrated score %.1f µs (%d sentences x %d), CoreNLP's parse and "
						+ "sentiment %.0f µs (%d sentences): %.2f%% of CoreNLP's (checksum %.3f)%n",
				calibratedMicros, sentences, rounds, coreNlpMicros, sample.size(),
				100 * calibratedMicros / coreNlpMicros, sink);
	}

}
