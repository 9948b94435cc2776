package news.tenor.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import news.tenor.TenorRuns.Result;
import news.tenor.cli.TenorJar;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.scoredComments;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} during scoring, then {@code tenor restart ID}, each in a JVM of its
 * own: every comment is scored exactly once, nothing done before the kill is done again,
 * and the H2 rows and the workbook are those of an uninterrupted run.
 */
class KillAndRestartIT {

	static final Path FORTY = Path.of("src/test/resources/archive/forty-comments").toAbsolutePath();

	@TempDir
	Path work;

	@Test
	void aRunKilledWhileScoringIsRestartedAndEndsAsAnUninterruptedRun() throws Exception {
		Path job = Files.writeString(this.work.resolve("forty.yaml"),
				"inputs: " + FORTY + "\nwindow: {from: 2026-01-15, to: 2026-01-16}\n");
		Path killed = this.work.resolve("killed");
		Path clean = this.work.resolve("clean");

		// one comment per chunk, so that the kill lands between chunks of the score step
		Process run = TenorJar.start(this.work.resolve("run.log"), List.of("-Dtenor.score.chunk-size=1"), "run",
				job.toString(), "--data-dir", killed.toString(), "--output", killed.resolve("reports").toString());
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (scoredComments(killed) < 3 && run.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(run.isAlive()).as("still scoring: " + TenorJar.read(this.work.resolve("run.log"))).isTrue();
		run.destroyForcibly(); // SIGKILL
		run.waitFor();
		long survived = scoredComments(killed);
		assertThat(survived).as("some comments, not all, were scored before the kill").isBetween(1L, 39L);

		Result restart = TenorJar.run(this.work.resolve("restart.log"), "restart", "1", "--data-dir",
				killed.toString());
		assertThat(restart.exitCode()).as(restart.out()).isZero();
		assertThat(restart.out()).contains("Run 1 was interrupted").contains("COMPLETED");

		Result uninterrupted = TenorJar.run(this.work.resolve("clean.log"), "run", job.toString(), "--data-dir",
				clean.toString(), "--output", clean.resolve("reports").toString());
		assertThat(uninterrupted.exitCode()).as(uninterrupted.out()).isZero();

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

	private static List<Map<String, Object>> commentScores(Path data) {
		return withDatabase(data, jdbc -> jdbc.queryForList(
				"SELECT a.title, c.position, s.model, s.label, s.score, s.p0, s.p1, s.p2, s.p3, s.p4, s.sentences, "
						+ "s.unscored FROM comment_score s JOIN comment c ON c.id = s.comment_id "
						+ "JOIN article a ON a.id = c.article_id ORDER BY a.title, c.position"));
	}

	private static List<Map<String, Object>> sentenceScores(Path data) {
		return withDatabase(data,
				jdbc -> jdbc.queryForList(
						"SELECT t.text, s.model, s.status, s.label, s.p0, s.p1, s.p2, s.p3, s.p4 FROM sentence_score s "
								+ "JOIN sentence t ON t.id = s.sentence_id ORDER BY t.text"));
	}

	/** Every cell of a sheet as it shows in Excel. */
	private static List<List<String>> cells(Path workbook, String sheetName) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Sheet sheet = book.getSheet(sheetName);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
				rows.add(cells);
			}
			return rows;
		}
	}

}
