package news.tenor.scoring.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.SentenceScore;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SentimentPipeline;
import news.tenor.scoring.calibration.CalibrationSentences.Row;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step (a) of the calibration: runs Tenor's own sentence splitter and CoreNLP pipeline
 * (shift-reduce parser, 80-token limit, as the job scores) over the human-rated sets of
 * {@code ../shared/eval-data} (another folder with {@code -Dtenor.eval-data=DIR}) and
 * compares what they give today with the committed
 * {@code src/test/resources/calibration/calibration-sentences.tsv}, which the fit reads
 * (probabilities within 1e-9, everything else equal). With
 * {@code -Dtenor.calibration.write=true} it writes that file instead.
 *
 * <pre>
 * mvn -Pbench test -Dtest=CalibrationDataBenchmark [-Dtenor.calibration.write=true]
 * </pre>
 *
 * Each Amazon snippet and each SST line is one comment, split into sentences as the job
 * splits comments. SST lines are fed as distributed (PTB-tokenised), as
 * {@code ScoringEvaluationBenchmark} feeds them to the job. From the same parse it also
 * writes or checks {@code calibration-analyses.tsv}: CoreNLP's whole analysis of each
 * scored sentence ({@link SentenceAnalysis}, as Tenor caches it), which calibrated-v2
 * reads, and prints what caching it costs per sentence. About 2 minutes on 2 cores.
 */
class CalibrationDataBenchmark {

	static final Path COMMITTED = Path.of("src/test/resources/calibration/calibration-sentences.tsv");

	static final Path COMMITTED_ANALYSES = Path.of("src/test/resources/calibration/calibration-analyses.tsv");

	record Source(String set, String item, double gold, String text) {
	}

	@Test
	void theCommittedCalibrationDataIsWhatThePipelineGivesToday() throws Exception {
		Path data = Path.of(System.getProperty("tenor.eval-data", "../shared/eval-data")).toAbsolutePath().normalize();
		List<Source> sources = new ArrayList<>();
		sources.addAll(amazon(data.resolve("human-rated/amazon_reviews_ground_truth.tsv")));
		sources.addAll(sst("sst-dev", data.resolve("sst/sst_dev.txt")));
		sources.addAll(sst("sst-test", data.resolve("sst/sst_test.txt")));
		long start = System.nanoTime();
		List<Analysed> analysed = score(sources);
		List<Row> rows = analysed.stream().map(Analysed::row).toList();
		System.out.printf("%d items, %d sentences scored in %.1f s%n", sources.size(), rows.size(),
				(System.nanoTime() - start) / 1e9);
		List<String> analyses = new ArrayList<>();
		analyses.add(CalibrationAnalyses.HEADER);
		analysed.stream()
			.filter(a -> a.analysis() != null)
			.forEach(a -> analyses.add(CalibrationAnalyses.line(a.row(), a.analysis())));
		printSizes(analysed);
		if (Boolean.getBoolean("tenor.calibration.write")) {
			List<String> lines = new ArrayList<>();
			lines.add(CalibrationSentences.HEADER);
			rows.forEach(row -> lines.add(row.line()));
			Files.write(COMMITTED, lines, StandardCharsets.UTF_8);
			Files.write(COMMITTED_ANALYSES, analyses, StandardCharsets.UTF_8);
			System.out.println("wrote " + COMMITTED.toAbsolutePath() + " and " + COMMITTED_ANALYSES.toAbsolutePath());
			return;
		}
		List<String> committedAnalyses = Files.readAllLines(COMMITTED_ANALYSES, StandardCharsets.UTF_8);
		int analysesDiffering = 0;
		for (int i = 0; i < Math.max(analyses.size(), committedAnalyses.size()); i++) {
			String now = i < analyses.size() ? analyses.get(i) : "";
			String then = i < committedAnalyses.size() ? committedAnalyses.get(i) : "";
			if (!now.equals(then) && ++analysesDiffering <= 5) {
				System.out.println("analysis differs:\n  now  " + now + "\n  then " + then);
			}
		}
		System.out.printf("%d of %d analyses differ from the committed file%n", analysesDiffering, analyses.size() - 1);
		List<Row> committed;
		try (InputStream in = Files.newInputStream(COMMITTED)) {
			committed = CalibrationSentences.read(in);
		}
		assertThat(rows).hasSameSizeAs(committed);
		int differences = 0;
		for (int i = 0; i < rows.size(); i++) {
			Row now = rows.get(i);
			Row then = committed.get(i);
			boolean same = now.set().equals(then.set()) && now.item().equals(then.item())
					&& now.sentence() == then.sentence() && now.gold() == then.gold() && now.tokens() == then.tokens()
					&& now.status().equals(then.status()) && now.label() == then.label()
					&& now.text().equals(then.text()) && close(now.probabilities(), then.probabilities());
			if (!same) {
				differences++;
				if (differences <= 10) {
					System.out.println("differs:\n  now  " + now.line() + "\n  then " + then.line());
				}
			}
		}
		System.out.printf("%d of %d sentences differ from the committed file%n", differences, rows.size());
		assertThat(differences).isZero();
		assertThat(analysesDiffering).isZero();
	}

	record Analysed(Row row, SentenceAnalysis analysis) {
	}

	/**
	 * What caching the analysis costs: bytes per scored sentence of the cached text
	 * (UTF-8), and of the same content packed as bytes (tokens in UTF-8 with a separator,
	 * a byte a tag, a bit a node for the shape, five bytes a node).
	 */
	private static void printSizes(List<Analysed> analysed) {
		int[] text = analysed.stream()
			.filter(a -> a.analysis() != null)
			.mapToInt(a -> a.analysis().encodedBytes())
			.sorted()
			.toArray();
		double packed = analysed.stream().filter(a -> a.analysis() != null).mapToInt(a -> {
			SentenceAnalysis s = a.analysis();
			int words = 0;
			for (int i = 0; i < s.tokens(); i++) {
				words += s.word(i).getBytes(StandardCharsets.UTF_8).length + 1;
			}
			return words + s.tokens() + (s.nodes() + 7) / 8 + 5 * s.nodes();
		}).average().orElse(0);
		double tokens = analysed.stream()
			.filter(a -> a.analysis() != null)
			.mapToInt(a -> a.analysis().tokens())
			.average()
			.orElse(0);
		System.out.printf(java.util.Locale.ROOT,
				"analysis per scored sentence (%d, %.1f tokens on average): cached text %.0f bytes on average, "
						+ "median %d, 99th percentile %d, largest %d; packed as bytes %.0f%n",
				text.length, tokens, java.util.Arrays.stream(text).average().orElse(0), text[text.length / 2],
				text[(int) (text.length * 0.99)], text[text.length - 1], packed);
	}

	private static boolean close(double[] a, double[] b) {
		if (a == null || b == null) {
			return a == b;
		}
		for (int k = 0; k < a.length; k++) {
			if (Math.abs(a[k] - b[k]) > 1e-9) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Scores every sentence on two threads sharing the JVM's pipeline, in input order.
	 */
	private static List<Analysed> score(List<Source> sources) throws InterruptedException, ExecutionException {
		SentenceSplitter splitter = new SentenceSplitter();
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		ExecutorService threads = Executors.newFixedThreadPool(Integer.getInteger("tenor.bench.threads", 2));
		try {
			List<Future<Analysed>> futures = new ArrayList<>();
			for (Source source : sources) {
				List<SentenceSplitter.SplitSentence> sentences = splitter.split(source.text());
				for (int i = 0; i < sentences.size(); i++) {
					SentenceSplitter.SplitSentence sentence = sentences.get(i);
					int index = i;
					futures.add(threads.submit(() -> {
						SentimentPipeline.Analysed analysed = pipeline.analyse(sentence.text(), 80);
						SentenceScore score = analysed.score();
						return new Analysed(
								new Row(source.set(), source.item(), index, source.gold(), sentence.tokens(),
										score.status().name(), score.label(), score.probabilities(), sentence.text()),
								analysed.analysis());
					}));
				}
			}
			List<Analysed> rows = new ArrayList<>();
			for (Future<Analysed> future : futures) {
				rows.add(future.get());
			}
			return rows;
		}
		finally {
			threads.shutdown();
		}
	}

	/** {@code ID<TAB>MEAN<TAB>TEXT}, CRLF line ends, possibly a byte-order mark. */
	static List<Source> amazon(Path file) throws IOException {
		List<Source> sources = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			line = line.replace("\uFEFF", "").replace("\r", "");
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t", 3);
			sources.add(new Source("amazon", f[0], Double.parseDouble(f[1]), f[2]));
		}
		return sources;
	}

	/** {@code __label__N<TAB>sentence}: class N-1, the line number as the item. */
	static List<Source> sst(String set, Path file) throws IOException {
		List<Source> sources = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String[] f = lines.get(i).split("\t", 2);
			int gold = Integer.parseInt(f[0].substring("__label__".length())) - 1;
			sources.add(new Source(set, Integer.toString(i + 1), gold, f[1]));
		}
		return sources;
	}

}
