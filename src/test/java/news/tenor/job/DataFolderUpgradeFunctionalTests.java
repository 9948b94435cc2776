package news.tenor.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import news.tenor.TenorRuns.Result;
import news.tenor.scoring.SentimentPipeline;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static news.tenor.TenorRuns.run;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data folder written by the release before the schema came under Flyway
 * ({@code src/test/resources/upgrade/84ef0bd}, see its README) is upgraded in place on
 * the first command: its runs are listed, its interrupted run restarts where it stopped,
 * its runs rerun without parsing anything, and its job instances keep their identity.
 */
class DataFolderUpgradeFunctionalTests {

	static final Path FIXTURE = Path.of("src/test/resources/upgrade/84ef0bd");

	/** Where the release wrote it: the folder records absolute paths. */
	static final Path WHERE_IT_WAS_MADE = Path.of("/tmp/tenor-upgrade-84ef0bd");

	@Test
	void aDataFolderOfThePreviousReleaseIsUpgradedAndKeepsWorking() throws IOException {
		Path data = copyFixture().resolve("data");

		Result list = run("list", "--data-dir", data.toString());
		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).containsPattern("(?m)^4 +generated +STARTED \\(interrupted\\)")
			.containsPattern("(?m)^3 +forty +COMPLETED")
			.containsPattern("(?m)^2 +two-sources +COMPLETED")
			.containsPattern("(?m)^1 +tenor +COMPLETED")
			.contains("sources=[Japan Today, Kyodo Wire]")
			.contains("restart it: tenor restart 4");
		List<String> migrations = withDatabase(data,
				jdbc -> jdbc
					.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
							+ "ORDER BY \"installed_rank\"", String.class));
		assertThat(migrations).startsWith("0", "1", "2");

		long parsesBefore = SentimentPipeline.parsesInThisJvm();
		Result restart = run("restart", "4", "--data-dir", data.toString());
		assertThat(restart.exitCode()).as(restart.err()).isZero();
		assertThat(restart.out()).contains("Run 4 was interrupted").contains("COMPLETED");
		long scored = withDatabase(data, jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM comment_score s "
				+ "JOIN comment c ON c.id = s.comment_id JOIN run_article r ON r.article_id = c.article_id "
				+ "JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = r.job_instance_id WHERE e.JOB_EXECUTION_ID = 4",
				Long.class));
		long comments = withDatabase(data, jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM comment c "
				+ "JOIN run_article r ON r.article_id = c.article_id "
				+ "JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = r.job_instance_id WHERE e.JOB_EXECUTION_ID = 4",
				Long.class));
		assertThat(scored).isEqualTo(comments).isEqualTo(55);
		assertThat(SentimentPipeline.parsesInThisJvm() - parsesBefore).as("only the comments the kill left")
			.isPositive();

		long parsesBeforeRerun = SentimentPipeline.parsesInThisJvm();
		Result rerun = run("rerun", "1", "--data-dir", data.toString());
		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("0 comments scored; sentences: 0 parsed");
		Result rerunJob = run("rerun", "2", "--data-dir", data.toString());
		assertThat(rerunJob.exitCode()).as(rerunJob.err()).isZero();
		assertThat(SentimentPipeline.parsesInThisJvm()).as("a rerun parses nothing").isEqualTo(parsesBeforeRerun);
		assertThat(rerunJob.workbook().getFileName().toString()).startsWith("two-sources-2026-01-15-2026-01-16-rerun-");

		// the job instances of the old release are the same instances now: the old runs
		// are CoreNLP's, and a job file asking for CoreNLP's scores is the same job
		Path corenlp = Files.writeString(WHERE_IT_WAS_MADE.resolve("jobs/two-sources-corenlp.yaml"),
				Files.readString(WHERE_IT_WAS_MADE.resolve("jobs/two-sources.yaml")) + "scorer: corenlp\n");
		Result again = run("run", corenlp.toString(), "--data-dir", data.toString());
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err()).contains("already completed as run 2");

		// the same job with today's default, the calibrated score, is scored again from
		// the
		// sentences the old release cached: nothing is parsed
		long parsesBeforeCalibrated = SentimentPipeline.parsesInThisJvm();
		Result calibrated = run("run", WHERE_IT_WAS_MADE.resolve("jobs/two-sources.yaml").toString(), "--data-dir",
				data.toString(), "--overwrite");
		assertThat(calibrated.exitCode()).as(calibrated.err()).isZero();
		assertThat(calibrated.out()).contains("7 comments scored; sentences: 0 parsed");
		assertThat(SentimentPipeline.parsesInThisJvm()).isEqualTo(parsesBeforeCalibrated);
	}

	private static Path copyFixture() throws IOException {
		FileSystemUtils.deleteRecursively(WHERE_IT_WAS_MADE);
		try (Stream<Path> files = Files.walk(FIXTURE)) {
			for (Path from : files.toList()) {
				Path to = WHERE_IT_WAS_MADE.resolve(FIXTURE.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return WHERE_IT_WAS_MADE;
	}

}
