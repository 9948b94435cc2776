package news.tenor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import news.tenor.TenorRuns.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.scoredComments;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tenor schedule} as a service manager runs it: the job fires on its cron, SIGTERM
 * while it scores stops it at a chunk boundary (STOPPED), and {@code tenor restart ID}
 * completes it.
 */
class ScheduleIT {

	static final Path FORTY = Path.of("src/test/resources/archive/forty-comments").toAbsolutePath();

	@TempDir
	Path work;

	@Test
	void aJobFiresOnItsCronAndSigtermStopsItRestartably() throws Exception {
		Path jobs = Files.createDirectories(this.work.resolve("jobs"));
		Files.writeString(jobs.resolve("forty.yaml"), """
				inputs: %s
				window: {from: 2026-01-15, to: 2026-01-16}
				output: {folder: %s}
				schedule:
				  cron: "* * * * * *"
				""".formatted(FORTY, this.work.resolve("reports")));
		Path data = this.work.resolve("data");
		Path log = this.work.resolve("schedule.log");
		Process schedule = TenorJar.start(log, List.of("-Dtenor.score.chunk-size=1"), "schedule", "--jobs",
				jobs.toString(), "--data-dir", data.toString());
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (scoredComments(data) < 2 && schedule.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(schedule.isAlive()).as(TenorJar.read(log)).isTrue();
		schedule.destroy(); // SIGTERM
		assertThat(schedule.waitFor(2, TimeUnit.MINUTES)).as(TenorJar.read(log)).isTrue();

		String output = TenorJar.read(log);
		assertThat(output).contains("scheduled forty (", "job forty: starting", "stopping: no new runs", "stopped");
		Map<String, Object> run = execution(data, 1);
		assertThat(run.get("STATUS")).as(output + "\n" + run.get("EXIT_MESSAGE")).isEqualTo("STOPPED");
		assertThat(scoredComments(data)).isLessThan(40);

		Result restart = TenorJar.run(this.work.resolve("restart.log"), "restart", "1", "--data-dir", data.toString());
		assertThat(restart.exitCode()).as(restart.out()).isZero();
		assertThat(scoredComments(data)).isEqualTo(40);
		assertThat(restart.workbook()).exists();
	}

	private static Map<String, Object> execution(Path data, long execution) {
		return withDatabase(data, jdbc -> jdbc
			.queryForMap("SELECT STATUS, EXIT_MESSAGE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", execution));
	}

}
