package news.tenor.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;
import news.tenor.TenorRuns.Result;
import news.tenor.archive.generate.ArchiveGenerator;
import news.tenor.cli.TenorJar;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.cells;
import static news.tenor.TenorRuns.scoredComments;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} during ingest or scoring, then {@code tenor restart ID}, each in a JVM
 * of its own: every article, comment and sentence is stored and every comment scored
 * exactly once, nothing done before the kill is done again, and the H2 rows and the
 * workbook are those of an uninterrupted run.
 */
class KillAndRestartIT {

	static final Path FORTY = Path.of("src/test/resources/archive/forty-comments").toAbsolutePath();

	@TempDir
	Path work;

	@Test
	void aRunKilledWhileIngestingIsRestartedAndStoresWhatAnUninterruptedRunStores() throws Exception {
		// enough articles for the kill to land between chunks at full speed, with copies
		// of articles in later chunks (duplicates, redeliveries, cut copies) and rejects;
		// the window keeps the score step to one day's articles
		Path archive = this.work.resolve("archive");
		ArchiveGenerator.Summary generated = ArchiveGenerator
			.generate(ArchiveGenerator.Settings.defaults(archive, 2500).withSeed(15));
		Path job = Files.writeString(this.work.resolve("archive.yaml"),
				"inputs: " + archive + "\nwindow: {from: 2025-01-01, to: 2025-01-01}\n");
		Path killed = this.work.resolve("killed");
		Path clean = this.work.resolve("clean");

		Process run = TenorJar.start(this.work.resolve("run.log"), List.of(), "run", job.toString(), "--data-dir",
				killed.toString(), "--output", killed.resolve("reports").toString());
		TenorJar.waitUntil(run, this.work.resolve("run.log"), () -> storedArticles(killed) >= 300, 20, "running");
		run.destroyForcibly(); // SIGKILL
		run.waitFor();
		long survived = storedArticles(killed);
		assertThat(survived).as("some articles, not all, were stored before the kill")
			.isBetween(1L, generated.articles() - 1);
		List<Map<String, Object>> ingests = ingestSteps(killed);
		assertThat(ingests).as("killed in the ingest step").hasSize(1);
		assertThat(ingests.get(0).get("STATUS")).isEqualTo("STARTED");
		long committed = ((Number) ingests.get(0).get("WRITE_COUNT")).longValue();
		assertThat(committed).isBetween(1L, generated.entries() - 1);

		Runs runs = restartAndRunUninterrupted(killed, job, clean);
		Result restart = runs.restarted();
		Result uninterrupted = runs.uninterrupted();

		// the restarted ingest read on after the last committed chunk: every entry was
		// taken in once
		ingests = ingestSteps(killed);
		assertThat(ingests).hasSize(2);
		assertThat(ingests.get(1).get("STATUS")).isEqualTo("COMPLETED");
		assertThat(committed + ((Number) ingests.get(1).get("WRITE_COUNT")).longValue()).isEqualTo(generated.entries());

		// nothing lost, nothing twice: the rows of the uninterrupted run
		for (String rows : List.of(
				"SELECT article_key, content_hash, source, published, category, title, body, location, note "
						+ "FROM article ORDER BY article_key",
				"SELECT a.article_key, c.position, c.text, c.own_text, c.quoted_text, c.quotes, c.up_votes, "
						+ "c.down_votes, c.net_votes, c.note FROM comment c JOIN article a ON a.id = c.article_id "
						+ "ORDER BY a.article_key, c.position",
				"SELECT a.article_key, c.position, cs.idx, s.text, s.tokens FROM comment_sentence cs "
						+ "JOIN comment c ON c.id = cs.comment_id JOIN article a ON a.id = c.article_id "
						+ "JOIN sentence s ON s.id = cs.sentence_id ORDER BY a.article_key, c.position, cs.idx",
				"SELECT text_hash, text, tokens FROM sentence ORDER BY text_hash",
				"SELECT location, line, reason FROM reject ORDER BY location, line",
				"SELECT e.fingerprint, a.article_key FROM archive_entry e JOIN article a ON a.id = e.article_id "
						+ "ORDER BY e.fingerprint",
				"SELECT a.article_key FROM run_article r JOIN article a ON a.id = r.article_id ORDER BY 1")) {
			List<Map<String, Object>> afterRestart = withDatabase(killed, jdbc -> jdbc.queryForList(rows));
			assertThat(afterRestart).as(rows).isEqualTo(withDatabase(clean, jdbc -> jdbc.queryForList(rows)));
		}
		assertThat(count(killed, "article")).isEqualTo(generated.articles());
		assertThat(count(killed, "comment")).isEqualTo(generated.comments());
		assertThat(count(killed, "reject")).isEqualTo(generated.rejects());

		for (String sheet : List.of("Articles", "Comments", "Rejected")) {
			assertThat(cells(restart.workbook(), sheet)).as(sheet).isEqualTo(cells(uninterrupted.workbook(), sheet));
		}
		assertThat(cells(restart.workbook(), "Comments")).hasSizeGreaterThan(10);
	}

	@Test
	void aRunKilledWhileScoringIsRestartedAndEndsAsAnUninterruptedRun() throws Exception {
		Path job = Files.writeString(this.work.resolve("forty.yaml"),
				"inputs: " + FORTY + "\nwindow: {from: 2026-01-15, to: 2026-01-16}\n");
		Path killed = this.work.resolve("killed");
		Path clean = this.work.resolve("clean");

		// one comment per chunk, so that the kill lands between chunks of the score step
		Process run = TenorJar.start(this.work.resolve("run.log"), List.of("-Dtenor.score.chunk-size=1"), "run",
				job.toString(), "--data-dir", killed.toString(), "--output", killed.resolve("reports").toString());
		TenorJar.waitUntil(run, this.work.resolve("run.log"), () -> scoredComments(killed) >= 3, 100, "scoring");
		run.destroyForcibly(); // SIGKILL
		run.waitFor();
		long survived = scoredComments(killed);
		assertThat(survived).as("some comments, not all, were scored before the kill").isBetween(1L, 39L);

		Runs runs = restartAndRunUninterrupted(killed, job, clean);
		Result restart = runs.restarted();
		Result uninterrupted = runs.uninterrupted();

		// exactly once: 40 comment scores, 40 sentence scores, the same values as the
		// clean run
		assertThat(commentScores(killed)).hasSize(40).isEqualTo(commentScores(clean));
		assertThat(sentenceScores(killed)).hasSize(40).isEqualTo(sentenceScores(clean));
		// nothing done before the kill was done again: one ingest, and the restarted
		// score
		// step scored only what the kill had left
		List<Map<String, Object>> steps = withDatabase(killed, jdbc -> jdbc.queryForList(
				"SELECT STEP_NAME, STATUS, WRITE_COUNT FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID"));
		assertThat(steps).filteredOn(s -> "ingest".equals(s.get("STEP_NAME"))).hasSize(1);
		Map<String, Object> restartedScore = steps.stream()
			.filter(s -> "score".equals(s.get("STEP_NAME")))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(restartedScore.get("STATUS")).isEqualTo("COMPLETED");
		assertThat(((Number) restartedScore.get("WRITE_COUNT")).longValue()).isEqualTo(40 - survived);

		assertThat(cells(restart.workbook(), "Articles")).isEqualTo(cells(uninterrupted.workbook(), "Articles"));
		assertThat(cells(restart.workbook(), "Comments")).isEqualTo(cells(uninterrupted.workbook(), "Comments"))
			.hasSize(41);
	}

	/**
	 * The killed run restarted, and the same job run without a kill in a folder of its
	 * own.
	 */
	private record Runs(Result restarted, Result uninterrupted) {
	}

	private Runs restartAndRunUninterrupted(Path killed, Path job, Path clean) throws Exception {
		Result restart = TenorJar.run(this.work.resolve("restart.log"), "restart", "1", "--data-dir",
				killed.toString());
		assertThat(restart.exitCode()).as(restart.out()).isZero();
		assertThat(restart.out()).contains("Run 1 was interrupted").contains("COMPLETED");

		Result uninterrupted = TenorJar.run(this.work.resolve("clean.log"), "run", job.toString(), "--data-dir",
				clean.toString(), "--output", clean.resolve("reports").toString());
		assertThat(uninterrupted.exitCode()).as(uninterrupted.out()).isZero();
		return new Runs(restart, uninterrupted);
	}

	/** Articles stored so far by a run in another process: 0 until its tables exist. */
	private static long storedArticles(Path data) {
		if (!Files.exists(data.resolve("tenor.mv.db"))) {
			return 0;
		}
		try {
			return count(data, "article");
		}
		catch (RuntimeException notYetCreated) {
			return 0;
		}
	}

	private static long count(Path data, String table) {
		return withDatabase(data, jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
	}

	private static List<Map<String, Object>> ingestSteps(Path data) {
		return withDatabase(data, jdbc -> jdbc.queryForList("SELECT STATUS, WRITE_COUNT FROM BATCH_STEP_EXECUTION "
				+ "WHERE STEP_NAME = 'ingest' ORDER BY STEP_EXECUTION_ID"));
	}

	private static List<Map<String, Object>> commentScores(Path data) {
		return withDatabase(data, TenorRuns::commentScores);
	}

	private static List<Map<String, Object>> sentenceScores(Path data) {
		return withDatabase(data,
				jdbc -> jdbc.queryForList(
						"SELECT t.text, s.model, s.status, s.label, s.p0, s.p1, s.p2, s.p3, s.p4 FROM sentence_score s "
								+ "JOIN sentence t ON t.id = s.sentence_id ORDER BY t.text"));
	}

}
