package news.tenor.scoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;
import news.tenor.scoring.JsonLinesArchive.Comment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No sentence is parsed twice, and changing a setting re-parses exactly what it affects.
 * The same archive is run several times on one data folder (each test method is one run,
 * in order), counting the sentences this JVM hands to a parser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoreCacheFunctionalTests {

	static final String LONG = "The council voted again on the plan that nobody in the town wanted.";

	static final String AT_LIMIT = "The council voted again on the plan that nobody in town wanted.";

	@TempDir
	static Path work;

	static Path archive;

	static Path dataDir;

	/** The limit of the first runs: the long sentence is one token over it. */
	static int limit;

	static int runs;

	@BeforeAll
	static void anArchiveWithRepeatedSentencesAQuoteAndALongSentence() {
		SentenceSplitter splitter = new SentenceSplitter();
		limit = splitter.split(AT_LIMIT).get(0).tokens();
		assertThat(splitter.split(LONG).get(0).tokens()).isEqualTo(limit + 1);
		archive = work.resolve("cache.jsonl");
		dataDir = work.resolve("data");
		try (JsonLinesArchive out = new JsonLinesArchive(archive)) {
			out.article("Tenor cache", LocalDate.of(2026, 2, 1), "politics", "Budget plan approved",
					List.of(Comment.of("Great idea. Terrible execution."), Comment.of("Great idea."),
							// quotes comment 1, then says something of its own
							Comment.of("> Great idea. Terrible execution.\n\nI agree with that.")));
			out.article("Tenor cache", LocalDate.of(2026, 2, 2), "local", "Town plan rejected",
					List.of(Comment.of("Terrible execution."), Comment.of(LONG + " Sad."), Comment.of(AT_LIMIT)));
		}
	}

	@Test
	@Order(1)
	void aFirstRunParsesEachDistinctSentenceOnceAndNoneOverTheLimit() {
		long parses = parsesDuring(() -> assertThat(run("--max-sentence-tokens", Integer.toString(limit)))
			.contains("6 comments scored; sentences: 5 parsed, 0 from cache, 1 too long, 0 failed"));
		// Great idea. / Terrible execution. / I agree with that. / Sad. / the sentence at
		// the limit: the repeats, the quote and the long sentence cost nothing
		assertThat(parses).isEqualTo(5);
		ScoringSettings settings = new ScoringSettings(ParserChoice.SR, limit);
		assertThat(cachedSentences(settings)).isEqualTo(5);
		Map<String, Object> quoting = comment(settings, "Budget plan approved", 3);
		assertThat(quoting).containsEntry("OWN_TEXT", "I agree with that.").containsEntry("SENTENCES", 1);
		Map<String, Object> withLong = comment(settings, "Town plan rejected", 2);
		assertThat(withLong).containsEntry("SENTENCES", 2).containsEntry("UNSCORED", 1);
		// scored on its other sentence alone, so it keeps that sentence's label
		assertThat(withLong.get("LABEL")).isEqualTo(sentenceLabel(settings, "Sad."));
		assertThat(comment(settings, "Town plan rejected", 3)).containsEntry("UNSCORED", 0);
	}

	@Test
	@Order(2)
	void aRerunOfTheSameArchiveParsesNothing() {
		long parses = parsesDuring(
				() -> assertThat(run("--max-sentence-tokens", Integer.toString(limit))).contains("2 unchanged")
					.contains("0 parsed"));
		assertThat(parses).isZero();
	}

	@Test
	@Order(3)
	void raisingTheLimitParsesOnlyTheSentencesThatWereOverIt() {
		long parses = parsesDuring(() -> assertThat(run())
			.contains("6 comments scored; sentences: 1 parsed, 5 from cache, 0 too long, 0 failed"));
		assertThat(parses).isEqualTo(1);
		ScoringSettings settings = new ScoringSettings(ParserChoice.SR, 80);
		assertThat(cachedSentences(settings)).isEqualTo(6);
		assertThat(comment(settings, "Town plan rejected", 2)).containsEntry("UNSCORED", 0);
		// the comment scores of the first limit stay, next to those of the new one
		assertThat(commentScores(new ScoringSettings(ParserChoice.SR, limit))).isEqualTo(6);
		assertThat(commentScores(settings)).isEqualTo(6);
	}

	@Test
	@Order(4)
	void switchingParserScoresEverythingUnderTheNewParserAndKeepsTheOldEntries() {
		long parses = parsesDuring(() -> assertThat(run("--parser", "pcfg"))
			.contains("6 comments scored; sentences: 6 parsed, 0 from cache, 0 too long, 0 failed"));
		assertThat(parses).isEqualTo(6);
		assertThat(cachedSentences(new ScoringSettings(ParserChoice.PCFG, 80))).isEqualTo(6);
		assertThat(cachedSentences(new ScoringSettings(ParserChoice.SR, 80))).isEqualTo(6);
	}

	@Test
	@Order(5)
	void switchingBackParsesNothing() {
		long parses = parsesDuring(() -> assertThat(run("--parser", "sr")).contains("0 parsed"));
		assertThat(parses).isZero();
	}

	@Test
	@Order(6)
	void theCalibratedScoreRescoresEveryCommentFromTheCacheParsingNothing() {
		long parses = parsesDuring(() -> assertThat(run("--scorer", "calibrated"))
			.contains("6 comments scored; sentences: 0 parsed, 6 from cache, 0 too long, 0 failed"));
		assertThat(parses).isZero();
		ScoringSettings calibrated = new ScoringSettings(ParserChoice.SR, 80, Scorer.CALIBRATED);
		assertThat(commentScores(calibrated)).isEqualTo(6);
		assertThat(calibrated.modelKey())
			.isEqualTo("corenlp-4.5.10/sr/maxlen-80/" + ScoringSettings.CALIBRATION_VERSION);
		// every sentence's language was detected once, and is cached
		long detected = TenorRuns.withDatabase(dataDir,
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM sentence_language", Long.class));
		assertThat(detected).isEqualTo(6);
	}

	@Test
	@Order(7)
	void switchingScorerBackAndForthParsesAndDetectsNothing() {
		long parses = parsesDuring(() -> {
			assertThat(run("--scorer", "corenlp")).contains("0 parsed");
			assertThat(run("--scorer", "calibrated")).contains("0 parsed");
		});
		assertThat(parses).isZero();
	}

	/** A run with CoreNLP's own scores, unless the options name another scorer. */
	private static String run(String... options) {
		// a workbook folder per run: two runs within a second would want the same name
		Path reports = work.resolve("reports-" + (++runs));
		boolean scorer = List.of(options).contains("--scorer");
		String[] fixed = scorer
				? new String[] { "run", "--input", archive.toString(), "--output", reports.toString(), "--data-dir",
						dataDir.toString() }
				: new String[] { "run", "--input", archive.toString(), "--output", reports.toString(), "--data-dir",
						dataDir.toString(), "--scorer", "corenlp" };
		String[] args = new String[fixed.length + options.length];
		System.arraycopy(fixed, 0, args, 0, fixed.length);
		System.arraycopy(options, 0, args, fixed.length, options.length);
		TenorRuns.Result result = TenorRuns.run(args);
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		return result.out();
	}

	private static long parsesDuring(Runnable run) {
		long before = SentimentPipeline.parsesInThisJvm();
		run.run();
		return SentimentPipeline.parsesInThisJvm() - before;
	}

	private static long cachedSentences(ScoringSettings settings) {
		return TenorRuns.withDatabase(dataDir,
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM sentence_score WHERE model = ?", Long.class,
						settings.sentenceModelKey()));
	}

	private static long commentScores(ScoringSettings settings) {
		return TenorRuns.withDatabase(dataDir, jdbc -> jdbc
			.queryForObject("SELECT COUNT(*) FROM comment_score WHERE model = ?", Long.class, settings.modelKey()));
	}

	private static Map<String, Object> comment(ScoringSettings settings, String title, int position) {
		return TenorRuns.withDatabase(dataDir,
				jdbc -> jdbc.queryForMap("SELECT c.own_text, s.label, s.sentences, s.unscored FROM article a "
						+ "JOIN comment c ON c.article_id = a.id "
						+ "JOIN comment_score s ON s.comment_id = c.id AND s.model = ? "
						+ "WHERE a.title = ? AND c.position = ?", settings.modelKey(), title, position));
	}

	private static Object sentenceLabel(ScoringSettings settings, String text) {
		return TenorRuns.withDatabase(dataDir,
				jdbc -> jdbc.queryForObject(
						"SELECT ss.label FROM sentence s JOIN sentence_score ss "
								+ "ON ss.sentence_id = s.id AND ss.model = ? WHERE s.text = ?",
						Object.class, settings.sentenceModelKey(), text));
	}

}
