package news.tenor.scoring.calibration;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.SentimentPipeline;

import org.junit.jupiter.api.Test;

/**
 * The fitting command: step (b) of the calibration, from the committed calibration data
 * and analyses to the shipped parameters of v1 and v2, and every figure of
 * NOTES-calibration.md from one run.
 *
 * <pre>
 * mvn -Pbench test -Dtest=CalibrationFitBenchmark [-Dtenor.calibration.write=true]
 * </pre>
 *
 * With {@code -Dtenor.calibration.write=true} it writes
 * {@code src/main/resources/calibration/tenor-calibration-v1.properties} and
 * {@code -v2.properties}; otherwise it prints what it would write (CalibrationFitTest and
 * PhraseCalibrationFitTest check that the shipped files are the fit's). It also prints
 * what each feature tried for v2 adds out of fold, what learned word weights would add
 * and why they are not shipped ({@link WordWeights}), and measures what the calibrated
 * score costs per sentence against CoreNLP's parse of the same sentences, in this JVM.
 */
class CalibrationFitBenchmark {

	static final Path SHIPPED = Path.of("src/main/resources/calibration/tenor-calibration-v1.properties");

	static final Path SHIPPED_V2 = Path.of("src/main/resources/calibration/tenor-calibration-v2.properties");

	@Test
	void fitTheCalibrationAndReportItsFigures() throws Exception {
		Vader vader = Vader.shared();
		List<CalibrationFit.Example> examples = CalibrationFit.examples(CalibrationSentences.read(),
				CalibrationAnalyses.read(), vader);
		CalibrationFit.Report report = CalibrationFit.report(examples, vader);
		PhraseCalibrationFit v2Fit = new PhraseCalibrationFit(vader);
		PhraseCalibrationFit.Report v2 = v2Fit.report(examples, report.shipped());
		StringWriter properties = new StringWriter();
		report.shipped().write(properties, comment());
		StringWriter properties2 = new StringWriter();
		v2.shipped().write(properties2, commentV2());
		if (Boolean.getBoolean("tenor.calibration.write")) {
			try (Writer out = Files.newBufferedWriter(SHIPPED, StandardCharsets.ISO_8859_1)) {
				out.write(properties.toString());
			}
			try (Writer out = Files.newBufferedWriter(SHIPPED_V2, StandardCharsets.ISO_8859_1)) {
				out.write(properties2.toString());
			}
			System.out.println("wrote " + SHIPPED.toAbsolutePath() + " and " + SHIPPED_V2.toAbsolutePath());
		}
		System.out.println(properties);
		System.out.println(properties2);
		System.out.println(PhraseCalibrationFit.table(report, v2));
		System.out.println("\nWhat each feature adds to C and V, out of fold (SST test not used):");
		System.out.println(v2Fit.ablation(examples));
		System.out.println(WordWeights.report(PhraseCalibrationFit.points(examples, v2Fit.shipped())));
		System.out.printf(Locale.ROOT,
				"CoreNLP's binary model ran over the cached trees, rebuilt: the five-class model over the same rebuilt "
						+ "trees differs from the cached probabilities by %.4f at most (half a byte: %.4f)%n",
				BinaryModelFeatures.rebuiltTreeDiffersFromTheCacheBy(examples.stream()
					.flatMap(e -> e.inputs().stream())
					.filter(SentenceInput::scored)
					.map(SentenceInput::analysis)
					.filter(Objects::nonNull)
					.toList()),
				0.5 / 255);
		System.out.println(v2Fit.aggregation(examples));
		System.out.println(v2Fit.gainInterval(examples, vader));
		cost(examples, new CalibratedScorer(report.shipped(), vader),
				new CalibratedScorer(report.shipped(), v2.shipped(), vader));
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

	static String commentV2() {
		return """
				Tenor's calibrated comment score, version 2 (NOTES-calibration.md, "Calibrated score v2"),
				for comments whose sentences carry CoreNLP's whole analysis (v1 scores the others).
				score = clamp(intercept + weight.corenlp * C + weight.vader * V + weight.phrases * P
				+ weight.nouns * N, -1, 1), each the token-weighted mean over the sentences of
				SentenceFeatures: C CoreNLP's root expected-class score, V VADER's compound, P the tree's
				nodes' expected class weighted by 1 - p2, N the nouns' VADER valence sum / sqrt(sum^2 + 15);
				label = the band of the score (up-to edges, inclusive).
				Written by: mvn -Pbench test -Dtest=CalibrationFitBenchmark -Dtenor.calibration.write=true
				from src/test/resources/calibration/calibration-{sentences,analyses}.tsv;
				PhraseCalibrationFitTest checks it.""";
	}

	/**
	 * Microseconds per sentence: v1 and v2 on top of CoreNLP's score, v2 also with
	 * reading the cached analysis text, and CoreNLP's parse.
	 */
	private static void cost(List<CalibrationFit.Example> examples, CalibratedScorer v1, CalibratedScorer v2) {
		List<List<SentenceInput>> comments = examples.stream().map(CalibrationFit.Example::inputs).toList();
		List<List<String>> cached = comments.stream()
			.map(c -> c.stream().map(s -> s.analysed() ? s.analysis().encode() : null).toList())
			.toList();
		int sentences = comments.stream().mapToInt(List::size).sum();
		int rounds = 10;
		double[] sink = { 0 };
		Runnable scoreV1 = () -> comments.forEach(c -> sink[0] += v1.score(c).score());
		Runnable scoreV2 = () -> comments.forEach(c -> sink[0] += v2.score(c).score());
		Runnable decodeAndScoreV2 = () -> {
			for (int i = 0; i < comments.size(); i++) {
				List<SentenceInput> comment = comments.get(i);
				List<SentenceInput> decoded = new java.util.ArrayList<>(comment.size());
				for (int j = 0; j < comment.size(); j++) {
					SentenceInput s = comment.get(j);
					String text = cached.get(i).get(j);
					decoded.add(new SentenceInput(s.text(), s.tokens(), s.probabilities(),
							text == null ? null : SentenceAnalysis.decode(text)));
				}
				sink[0] += v2.score(decoded).score();
			}
		};
		double v1Micros = micros(scoreV1, rounds, sentences);
		double v2Micros = micros(scoreV2, rounds, sentences);
		double v2DecodeMicros = micros(decodeAndScoreV2, rounds, sentences);
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		List<SentenceInput> sample = comments.stream()
			.flatMap(List::stream)
			.filter(SentenceInput::scored)
			.limit(300)
			.toList();
		for (SentenceInput sentence : sample.subList(0, 50)) {
			pipeline.analyse(sentence.text(), 80); // warm-up
		}
		long start = System.nanoTime();
		for (SentenceInput sentence : sample) {
			pipeline.score(sentence.text(), 80);
		}
		double coreNlpMicros = (System.nanoTime() - start) / 1e3 / sample.size();
		start = System.nanoTime();
		for (SentenceInput sentence : sample) {
			pipeline.analyse(sentence.text(), 80);
		}
		double analyseMicros = (System.nanoTime() - start) / 1e3 / sample.size();
		System.out.printf(Locale.ROOT,
				"%ncost per sentence, one thread (%d sentences x %d): v1 %.1f µs, v2 %.1f µs, v2 reading the cached "
						+ "analysis text too %.1f µs; CoreNLP's parse and sentiment %.0f µs, with the analysis kept "
						+ "%.0f µs (%d sentences): v2 with reading %.2f%% of CoreNLP's, v1 %.2f%% (checksum %.3f)%n",
				sentences, rounds, v1Micros, v2Micros, v2DecodeMicros, coreNlpMicros, analyseMicros, sample.size(),
				100 * v2DecodeMicros / coreNlpMicros, 100 * v1Micros / coreNlpMicros, sink[0]);
	}

	private static double micros(Runnable pass, int rounds, int sentences) {
		for (int warm = 0; warm < 5; warm++) {
			pass.run();
		}
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			pass.run();
		}
		return (System.nanoTime() - start) / 1e3 / rounds / sentences;
	}

}
