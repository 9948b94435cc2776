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
 * {@code ScoringEvaluationBenchmark} feeds them to the job. About 2 minutes on 2 cores.
 */
class CalibrationDataBenchmark {

	static final Path COMMITTED = Path.of("src/test/resources/calibration/calibration-sentences.tsv");

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
		List<Row> rows = score(sources);
		System.out.printf("%d items, %d sentences scored in %.1f s%n", sources.size(), rows.size(),
				(System.nanoTime() - start) / 1e9);
		if (Boolean.getBoolean("tenor.calibration.write")) {
			List<String> lines = new ArrayList<>();
			lines.add(CalibrationSentences.HEADER);
			rows.forEach(row -> lines.add(row.line()));
			Files.write(COMMITTED, lines, StandardCharsets.UTF_8);
			System.out.println("wrote " + COMMITTED.toAbsolutePath());
			return;
		}
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
	private static List<Row> score(List<Source> sources) throws InterruptedException, ExecutionException {
		SentenceSplitter splitter = new SentenceSplitter();
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		ExecutorService threads = Executors.newFixedThreadPool(Integer.getInteger("tenor.bench.threads", 2));
		try {
			List<Future<Row>> futures = new ArrayList<>();
			for (Source source : sources) {
				List<SentenceSplitter.SplitSentence> sentences = splitter.split(source.text());
				for (int i = 0; i < sentences.size(); i++) {
					SentenceSplitter.SplitSentence sentence = sentences.get(i);
					int index = i;
					futures.add(threads.submit(() -> {
						SentenceScore score = pipeline.score(sentence.text(), 80);
						return new Row(source.set(), source.item(), index, source.gold(), sentence.tokens(),
								score.status().name(), score.label(), score.probabilities(), sentence.text());
					}));
				}
			}
			List<Row> rows = new ArrayList<>();
			for (Future<Row> future : futures) {
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
