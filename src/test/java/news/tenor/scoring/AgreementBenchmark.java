package news.tenor.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.tenor.TenorRuns;
import news.tenor.scoring.JsonLinesArchive.Comment;
import news.tenor.scoring.calibration.Vader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far each scorer agrees with people, through the whole job: every item of the
 * human-rated Amazon snippets ({@code ../shared/eval-data/human-rated}, the mean of 20
 * ratings each) and of the Stanford Sentiment Treebank's dev and test splits becomes an
 * article with one comment, the real job scores it with {@code --scorer corenlp} and, on
 * a data folder of its own, {@code --scorer calibrated}, and the comment scores read back
 * from H2 are compared with people's. A plain lexicon scorer (VADER's compound on the
 * comment's text, the same rules as the calibrated score's) is measured on the same items
 * as a baseline. Then the calibrated scorer runs again on CoreNLP's data folder: it must
 * parse nothing.
 *
 * <pre>
 * mvn -Pbench test -Dtest=AgreementBenchmark [-Dtenor.eval.sets=amazon,sst-dev,sst-test]
 *     [-Dtenor.eval.limit=N] [-Dtenor.eval.data=../shared/eval-data]
 * </pre>
 *
 * Figures: Pearson r of the score with people's (the 20-rater mean; SST's gold class);
 * 3-class accuracy (positive above +0.5 of people's −4..+4, negative below −0.5; a
 * scorer's positive is its Positive or Very positive label, VADER's a compound above
 * 0.05); net sentiment, % positive − % negative; SST fine-grained (the label is the gold
 * class) and binary (non-neutral gold sentences; CoreNLP positive when p3 + p4 > p0 + p1,
 * the calibrated score when above 0); the score step's time. About 15 minutes on 2 quiet
 * cores.
 */
class AgreementBenchmark {

	@TempDir
	Path work;

	/**
	 * One rated item: its gold (people's mean on −4..+4, or SST's class 0..4) and text.
	 */
	record Item(String id, double gold, String text) {
	}

	/** What a scorer gave one item. */
	record Scored(Double score, Integer label, double[] p) {
	}

	@Test
	void eachScorerAgainstPeopleOnEveryRatedSet() throws IOException {
		List<String> sets = List.of(System.getProperty("tenor.eval.sets", "amazon,sst-dev,sst-test").split(","));
		int limit = Integer.getInteger("tenor.eval.limit", 0);
		SentimentPipeline.get(ParserChoice.SR);
		// Spark's start, the JIT and language detection's models load here, not in the
		// first measured run
		List<Item> warmUp = items("sst-dev").subList(0, 100);
		for (String scorer : List.of("corenlp", "calibrated")) {
			run(archive("warm-up", warmUp), this.work.resolve("warm-up-" + scorer + "/data"), scorer);
		}
		StringBuilder report = new StringBuilder();
		report.append(String.format("load average at the start: %s%n%n", JavaProcesses.load()));
		report.append("| set | items | scorer | r | 3-class | net sentiment (people) | fine-grained | binary "
				+ "| unscored | score step (s) |\n|---|---|---|---|---|---|---|---|---|---|\n");
		for (String set : sets) {
			List<Item> items = items(set);
			if (limit > 0) {
				items = items.subList(0, Math.min(limit, items.size()));
			}
			Path archive = archive(set, items);
			Map<String, Double> seconds = new HashMap<>();
			Map<String, Map<String, Scored>> byScorer = new HashMap<>();
			for (String scorer : List.of("corenlp", "calibrated")) {
				Path data = this.work.resolve(set + "-" + scorer + "/data");
				run(archive, data, scorer);
				seconds.put(scorer, SstResults.stepTimes(data).get("score").toMillis() / 1000.0);
				byScorer.put(scorer, scores(data, scorer));
			}
			// the other scorer on CoreNLP's data folder: scored again from the cache
			Path corenlpData = this.work.resolve(set + "-corenlp/data");
			long parses = SentimentPipeline.parsesInThisJvm();
			String rerun = run(archive, corenlpData, "calibrated");
			long reparsed = SentimentPipeline.parsesInThisJvm() - parses;
			assertThat(reparsed).as("a rerun with the other scorer parses nothing").isZero();

			Vader vader = Vader.shared();
			Map<String, Scored> lexicon = new HashMap<>();
			for (Item item : items) {
				double compound = vader.polarityScores(item.text()).compound();
				lexicon.put(item.id(), new Scored(compound,
						compound >= 0.5 ? 4 : compound >= 0.05 ? 3 : compound > -0.05 ? 2 : compound > -0.5 ? 1 : 0,
						null));
			}
			boolean sst = set.startsWith("sst");
			for (String scorer : List.of("corenlp", "calibrated", "vader")) {
				Map<String, Scored> scores = scorer.equals("vader") ? lexicon : byScorer.get(scorer);
				report.append(row(set, items, scorer, scores, sst, seconds.get(scorer)));
			}
			report.append(String.format(
					"| %s | | calibrated / corenlp score step | %.2f | rerun with the other "
							+ "scorer: %d parsed (%s) | | | | | |%n",
					set, seconds.get("calibrated") / seconds.get("corenlp"), reparsed,
					rerun.lines().filter(l -> l.contains("score:")).findFirst().orElse("").strip()));
		}
		System.out.println(report);
		Files.writeString(Path.of("target/agreement-benchmark.md"), report.toString(), StandardCharsets.UTF_8);
	}

	private static String row(String set, List<Item> items, String scorer, Map<String, Scored> scores, boolean sst,
			Double seconds) {
		List<double[]> pairs = new ArrayList<>();
		int threeRight = 0;
		int compared = 0;
		int positive = 0;
		int negative = 0;
		int peoplePositive = 0;
		int peopleNegative = 0;
		int fine = 0;
		int binary = 0;
		int binaryTotal = 0;
		int missing = 0;
		for (Item item : items) {
			Scored s = scores.get(item.id());
			if (s == null || s.score() == null) {
				missing++;
				continue;
			}
			compared++;
			pairs.add(new double[] { s.score(), item.gold() });
			int mine = s.label() > 2 ? 1 : s.label() < 2 ? -1 : 0;
			int people = sst ? Integer.compare((int) item.gold(), 2)
					: item.gold() > 0.5 ? 1 : item.gold() < -0.5 ? -1 : 0;
			threeRight += mine == people ? 1 : 0;
			positive += mine > 0 ? 1 : 0;
			negative += mine < 0 ? 1 : 0;
			peoplePositive += people > 0 ? 1 : 0;
			peopleNegative += people < 0 ? 1 : 0;
			if (sst) {
				fine += s.label() == (int) item.gold() ? 1 : 0;
				if ((int) item.gold() != 2) {
					binaryTotal++;
					boolean saysPositive = s.p() != null ? s.p()[3] + s.p()[4] > s.p()[0] + s.p()[1] : s.score() > 0;
					binary += saysPositive == (item.gold() > 2) ? 1 : 0;
				}
			}
		}
		return String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.1f%% | %+.1f%% (%+.1f%%) | %s | %s | %d | %s |%n",
				set, compared, scorer, pearson(pairs), 100.0 * threeRight / compared,
				100.0 * (positive - negative) / compared, 100.0 * (peoplePositive - peopleNegative) / compared,
				sst ? String.format(Locale.ROOT, "%.1f%%", 100.0 * fine / compared) : "",
				sst ? String.format(Locale.ROOT, "%.1f%%", 100.0 * binary / binaryTotal) : "", missing,
				seconds == null ? "" : String.format(Locale.ROOT, "%.1f", seconds));
	}

	static double pearson(List<double[]> pairs) {
		double n = pairs.size();
		double mx = 0;
		double my = 0;
		for (double[] p : pairs) {
			mx += p[0] / n;
			my += p[1] / n;
		}
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] p : pairs) {
			sxy += (p[0] - mx) * (p[1] - my);
			sxx += (p[0] - mx) * (p[0] - mx);
			syy += (p[1] - my) * (p[1] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	private static String run(Path archive, Path data, String scorer) {
		TenorRuns.Result result = TenorRuns.run("run", "--input", archive.toString(), "--output",
				data.resolveSibling("reports-" + System.nanoTime()).toString(), "--data-dir", data.toString(),
				"--scorer", scorer);
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		return result.out();
	}

	/** Each article's (item's) comment score, by title. */
	private static Map<String, Scored> scores(Path data, String scorer) {
		String model = new ScoringSettings(ParserChoice.SR, ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS,
				Scorer.of(scorer))
			.modelKey();
		return TenorRuns.withDatabase(data, jdbc -> {
			Map<String, Scored> scores = new HashMap<>();
			jdbc.query("SELECT a.title, s.score, s.label, s.p0, s.p1, s.p2, s.p3, s.p4 FROM article a "
					+ "JOIN comment c ON c.article_id = a.id JOIN comment_score s ON s.comment_id = c.id "
					+ "WHERE s.model = ?", rs -> {
						double score = rs.getDouble("score");
						boolean unscored = rs.wasNull();
						rs.getDouble("p0");
						double[] p = rs.wasNull() ? null : new double[] { rs.getDouble("p0"), rs.getDouble("p1"),
								rs.getDouble("p2"), rs.getDouble("p3"), rs.getDouble("p4") };
						scores.put(rs.getString("title"), new Scored(unscored ? null : score,
								rs.getObject("label") == null ? null : rs.getInt("label"), p));
					}, model);
			return scores;
		});
	}

	private List<Item> items(String set) throws IOException {
		if (set.startsWith("sst-")) {
			List<Item> items = new ArrayList<>();
			for (SstSentences.Sentence sentence : SstSentences.read(set.substring(4))) {
				items.add(new Item(set + " " + sentence.line(), sentence.gold(), sentence.text()));
			}
			return items;
		}
		Path data = Path.of(System.getProperty("tenor.eval.data", "../shared/eval-data")).toAbsolutePath();
		List<Item> items = new ArrayList<>();
		for (String line : Files.readAllLines(data.resolve("human-rated/amazon_reviews_ground_truth.tsv"),
				StandardCharsets.UTF_8)) {
			String[] parts = line.strip().split("\t", 3);
			if (parts.length == 3) {
				items.add(new Item("amazon " + parts[0].replace("\uFEFF", ""), Double.parseDouble(parts[1]),
						parts[2].strip()));
			}
		}
		return items;
	}

	/** One article per item: its title the item's id, so nothing is taken for a quote. */
	private Path archive(String set, List<Item> items) {
		Path file = this.work.resolve(set + ".jsonl");
		try (JsonLinesArchive archive = new JsonLinesArchive(file)) {
			for (Item item : items) {
				archive.article("Tenor agreement", LocalDate.of(2014, 1, 1), set, item.id(),
						List.of(Comment.of(item.text())));
			}
		}
		return file;
	}

}
