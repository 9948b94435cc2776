package news.tenor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import news.tenor.TenorRuns.Result;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.run;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job files run from the command line as an analyst would: window and filters decide what
 * is in the workbook, the same job over the same days runs once (then rerun), two runs of
 * one job never overlap, different jobs share a data folder, bad dates and bad files are
 * refused before anything runs.
 */
class JobsFunctionalTests {

	static final Path THREE_DAYS = Path.of("src/test/resources/archive/three-days-two-sources").toAbsolutePath();

	static final Path FORTY = Path.of("src/test/resources/archive/forty-comments").toAbsolutePath();

	@TempDir
	Path work;

	Path jobFile(String name, String yaml) throws IOException {
		return Files.writeString(this.work.resolve(name + ".yaml"), yaml);
	}

	static List<String> titles(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Sheet articles = book.getSheet("Articles");
			List<String> titles = new ArrayList<>();
			for (int r = 1; r <= articles.getLastRowNum(); r++) {
				titles.add(articles.getRow(r).getCell(0).getStringCellValue());
			}
			return titles;
		}
	}

	@Test
	void aJobFileRunsOverItsWindowAndFiltersOnceThenReruns() throws IOException {
		Path data = this.work.resolve("data");
		Path job = jobFile("politics", """
				name: politics
				inputs: %s
				window: {from: 2026-01-12, to: 2026-01-15}
				filters:
				  categories: [Politics]
				  sources: [japan today, Kyodo Wire]
				output:
				  folder: %s
				""".formatted(THREE_DAYS, this.work.resolve("reports")));
		Result first = run("run", job.toString(), "--data-dir", data.toString());
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.workbook()).hasFileName("politics-2026-01-12-2026-01-15.xlsx");
		// the business article and the one after the window are stored, not in the run
		assertThat(titles(first.workbook())).containsExactlyInAnyOrder(
				"Diet opens new session with budget fight looming",
				"Prime minister pledges support for regional towns");
		Map<String, Object> counts = withDatabase(data, jdbc -> jdbc
			.queryForMap("SELECT (SELECT COUNT(*) FROM article) AS articles, "
					+ "(SELECT COUNT(*) FROM run_article) AS in_run, (SELECT COUNT(*) FROM comment_score) AS scored"));
		assertThat(counts).containsEntry("ARTICLES", 4L).containsEntry("IN_RUN", 2L).containsEntry("SCORED", 6L);

		Result again = run("run", job.toString(), "--data-dir", data.toString());
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err().strip()).isEqualTo("tenor: job politics over 2026-01-12 to 2026-01-15 already "
				+ "completed as run 1; use `tenor rerun 1` to run it again");

		Result rerun = run("rerun", "1", "--data-dir", data.toString());
		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("0 comments scored");
		assertThat(rerun.workbook().getFileName().toString()).startsWith("politics-2026-01-12-2026-01-15-rerun-");
		assertThat(titles(rerun.workbook())).hasSize(2);

		Result list = run("list", "politics", "--data-dir", data.toString());
		assertThat(list.exitCode()).isZero();
		assertThat(list.out()).containsPattern("(?m)^2 +politics +COMPLETED")
			.containsPattern("(?m)^1 +politics +COMPLETED")
			.contains("from=2026-01-12, to=2026-01-15, sources=[japan today, Kyodo Wire], categories=Politics")
			.contains("rerun-of=1")
			.contains("workbook:   " + first.workbook())
			.contains("6 comments scored");
	}

	@Test
	void theCommandLineOverridesTheWindowAndTheOutput() throws IOException {
		Path data = this.work.resolve("data");
		Path job = jobFile("daily", "inputs: " + THREE_DAYS + "\nwindow: previous-day\n");
		Result result = run("run", job.toString(), "--from", "2026-01-14", "--to", "2026-01-14", "--output",
				this.work.resolve("elsewhere").toString(), "--data-dir", data.toString());
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.workbook()).isEqualTo(this.work.resolve("elsewhere/daily-2026-01-14-2026-01-14.xlsx"));
		assertThat(titles(result.workbook())).containsExactly("Yen slips as exporters cheer weaker currency");
	}

	@Test
	void badDatesAndBadJobFilesAreRefusedBeforeAnythingRuns() throws IOException {
		Path data = this.work.resolve("data");
		Path job = jobFile("daily", "inputs: " + THREE_DAYS + "\nwindow: previous-day\n");
		Result notADay = run("run", job.toString(), "--from", "2026-02-30", "--data-dir", data.toString());
		assertThat(notADay.exitCode()).isEqualTo(2);
		assertThat(notADay.err().strip())
			.isEqualTo("tenor: --from 2026-02-30 is not a date (YYYY-MM-DD, a day that exists)");
		Result backwards = run("run", job.toString(), "--from", "2026-03-02", "--to", "2026-03-01", "--data-dir",
				data.toString());
		assertThat(backwards.exitCode()).isEqualTo(2);
		assertThat(backwards.err().strip()).isEqualTo("tenor: --from 2026-03-02 is after --to 2026-03-01");

		Path bad = jobFile("bad", "inputs: " + THREE_DAYS + "\nfilters:\n  categories: [politics]\n  authors: [me]\n");
		Result badFile = run("run", bad.toString(), "--data-dir", data.toString());
		assertThat(badFile.exitCode()).isEqualTo(2);
		assertThat(badFile.err().strip()).isEqualTo("tenor: " + bad
				+ " line 4: filters.authors: unknown field (expected under filters: categories, sources)");
		assertThat(data).doesNotExist();
	}

	@Test
	void twoRunsOfOneJobNeverOverlapWhileOtherJobsShareTheDataFolder() throws Exception {
		Path data = this.work.resolve("data");
		Path slow = jobFile("forty", "inputs: " + FORTY + "\nwindow: {from: 2026-01-15, to: 2026-01-16}\n"
				+ "output: {folder: " + this.work.resolve("reports") + "}\n");
		Path other = jobFile("business", "inputs: " + THREE_DAYS + "\nfilters: {categories: business}\n"
				+ "output: {folder: " + this.work.resolve("reports") + "}\n");
		System.setProperty("tenor.score.chunk-size", "1");
		try {
			CompletableFuture<Result> first = CompletableFuture
				.supplyAsync(() -> run("run", slow.toString(), "--data-dir", data.toString()));
			long deadline = System.currentTimeMillis() + 60_000;
			while (!scoring(data) && System.currentTimeMillis() < deadline && !first.isDone()) {
				Thread.sleep(100);
			}
			assertThat(first).as("the first run is still scoring").isNotDone();

			Result second = run("run", slow.toString(), "--from", "2026-01-16", "--data-dir", data.toString());
			assertThat(second.exitCode()).isEqualTo(1);
			assertThat(second.err()).startsWith("tenor: job forty is already running as run 1 (started ")
				.contains("two runs of one job never run at once");

			Result business = run("run", other.toString(), "--data-dir", data.toString());
			assertThat(business.exitCode()).as(business.err()).isZero();
			assertThat(titles(business.workbook())).containsExactly("Yen slips as exporters cheer weaker currency");

			Result done = first.get();
			assertThat(done.exitCode()).as(done.err()).isZero();
			Long scored = withDatabase(data,
					jdbc -> jdbc.queryForObject(
							"SELECT COUNT(*) FROM comment_score s JOIN comment c ON c.id = s.comment_id "
									+ "JOIN run_article r ON r.article_id = c.article_id AND r.job_instance_id = 1",
							Long.class));
			assertThat(scored).isEqualTo(40);
		}
		finally {
			System.clearProperty("tenor.score.chunk-size");
		}
	}

	private static boolean scoring(Path data) {
		if (!Files.exists(data.resolve("tenor.mv.db"))) {
			return false;
		}
		try {
			Long running = withDatabase(data, jdbc -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'score' AND STATUS = 'STARTED'",
					Long.class));
			return running > 0;
		}
		catch (RuntimeException notYetCreated) {
			return false;
		}
	}

}
