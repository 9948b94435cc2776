package news.tenor.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import news.tenor.archive.generate.ArchiveGenerator;
import news.tenor.cli.TenorJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tenor processes on one data folder, each a JVM of its own, as an analyst's run next
 * to the scheduler: whichever started first, the one that ends first takes nothing away
 * from the other, which completes with every comment scored (before the folder had a
 * server of its own, the second died with "Database is already closed" when the first
 * exited).
 */
class DataFolderSharingIT {

	static final Path FORTY = Path.of("src/test/resources/archive/forty-comments").toAbsolutePath();

	@TempDir
	Path work;

	@Test
	void aRunThatEndsFirstLeavesTheSchedulersRunItsDatabase() throws Exception {
		Path data = this.work.resolve("data");
		Path generated = generated();
		Path jobs = scheduledJob(generated);
		// the run starts first and ends first, while the scheduler's run still scores
		Process run = TenorJar.start(this.work.resolve("run.log"), List.of("-Dtenor.score.chunk-size=1"), "run",
				"--input", FORTY.toString(), "--output", this.work.resolve("reports").toString(), "--data-dir",
				data.toString());
		Thread.sleep(2000);
		Process schedule = TenorJar.start(this.work.resolve("schedule.log"), List.of("-Dtenor.score.chunk-size=1"),
				"schedule", "--jobs", jobs.toString(), "--data-dir", data.toString());
		assertThat(run.waitFor(4, TimeUnit.MINUTES)).isTrue();
		assertThat(run.exitValue()).as(TenorJar.read(this.work.resolve("run.log"))).isZero();
		waitForCompletedRuns(data, 2, schedule);
		schedule.destroy();
		assertThat(schedule.waitFor(2, TimeUnit.MINUTES)).isTrue();

		assertOverlappedAndScoredEverything(data, "tenor", "scheduled");
	}

	@Test
	void aSchedulerThatStopsFirstLeavesTheRunItsDatabase() throws Exception {
		Path data = this.work.resolve("data");
		Path generated = generated();
		Path jobs = scheduledJob(FORTY);
		// the scheduler starts first; its run ends and it is stopped while the run scores
		Process schedule = TenorJar.start(this.work.resolve("schedule.log"), List.of("-Dtenor.score.chunk-size=1"),
				"schedule", "--jobs", jobs.toString(), "--data-dir", data.toString());
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!scoring(data) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		Process run = TenorJar.start(this.work.resolve("run.log"), List.of("-Dtenor.score.chunk-size=1"), "run",
				"--input", generated.toString(), "--output", this.work.resolve("reports").toString(), "--data-dir",
				data.toString());
		waitForCompletedRuns(data, 1, schedule);
		assertThat(run.isAlive()).as("the run still goes on when the scheduler stops").isTrue();
		schedule.destroy();
		assertThat(schedule.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(run.waitFor(4, TimeUnit.MINUTES)).isTrue();
		assertThat(run.exitValue()).as(TenorJar.read(this.work.resolve("run.log"))).isZero();

		assertOverlappedAndScoredEverything(data, "scheduled", "tenor");
	}

	private Path generated() throws Exception {
		Path archive = this.work.resolve("generated");
		ArchiveGenerator.main(new String[] { "--output", archive.toString(), "--articles", "12", "--from", "2026-01-10",
				"--days", "5" });
		return archive;
	}

	/** A job over the archive that fires every second. */
	private Path scheduledJob(Path archive) throws Exception {
		Path jobs = Files.createDirectories(this.work.resolve("jobs"));
		Files.writeString(jobs.resolve("scheduled.yaml"), """
				name: scheduled
				inputs: %s
				window: {from: 2026-01-10, to: 2026-01-16}
				output: {folder: %s}
				schedule:
				  cron: "* * * * * *"
				""".formatted(archive, this.work.resolve("reports")));
		return jobs;
	}

	private void waitForCompletedRuns(Path data, long runs, Process schedule) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (completed(data) < runs && schedule.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(completed(data)).as(TenorJar.read(this.work.resolve("schedule.log"))).isEqualTo(runs);
	}

	/**
	 * The two runs completed and overlapped (the second began before the first ended),
	 * and every comment of both is scored once.
	 */
	private static void assertOverlappedAndScoredEverything(Path data, String firstJob, String secondJob) {
		List<Map<String, Object>> runs = withDatabase(data,
				jdbc -> jdbc.queryForList(
						"SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME, p.PARAMETER_VALUE AS JOB "
								+ "FROM BATCH_JOB_EXECUTION e LEFT JOIN BATCH_JOB_EXECUTION_PARAMS p "
								+ "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'job' "
								+ "ORDER BY e.JOB_EXECUTION_ID"));
		assertThat(runs).hasSize(2).allSatisfy(r -> assertThat(r.get("STATUS")).isEqualTo("COMPLETED"));
		Map<String, Object> first = runs.stream()
			.filter(r -> firstJob.equals(r.get("JOB") == null ? "tenor" : r.get("JOB")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> second = runs.stream().filter(r -> r != first).findFirst().orElseThrow();
		assertThat(second.get("JOB") == null ? "tenor" : second.get("JOB")).isEqualTo(secondJob);
		assertThat((Timestamp) second.get("START_TIME")).as("the second run began before the first one ended")
			.isBefore((Timestamp) first.get("END_TIME"));
		long unscored = withDatabase(data,
				jdbc -> jdbc.queryForObject(
						"SELECT COUNT(*) FROM comment c "
								+ "WHERE NOT EXISTS (SELECT 1 FROM comment_score s WHERE s.comment_id = c.id)",
						Long.class));
		assertThat(unscored).isZero();
	}

	private static long completed(Path data) {
		if (!Files.exists(data.resolve("tenor.mv.db"))) {
			return 0;
		}
		try {
			return withDatabase(data, jdbc -> jdbc
				.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'", Long.class));
		}
		catch (RuntimeException notYetCreated) {
			return 0;
		}
	}

	private static boolean scoring(Path data) {
		if (!Files.exists(data.resolve("tenor.mv.db"))) {
			return false;
		}
		try {
			return withDatabase(data, jdbc -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'score' AND STATUS = 'STARTED'",
					Long.class)) > 0;
		}
		catch (RuntimeException notYetCreated) {
			return false;
		}
	}

}
