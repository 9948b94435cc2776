package news.tenor.store;

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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static news.tenor.TenorRuns.cells;
import static news.tenor.TenorRuns.commentScores;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two machines sharing one PostgreSQL store, each Tenor with a data folder of its own
 * (here two processes of {@code target/tenor.jar} with two folders): while the first runs
 * a job, the second sees it running in {@code list} and is refused the same job; after
 * {@code kill -9} of the first, the second sees it interrupted, restarts it, and the rows
 * and the workbook are those of an uninterrupted run.
 */
class SharedStoreIT {

	static final int ARTICLES = 8;

	static final int COMMENTS = 40;

	@TempDir
	Path work;

	@Test
	void aSecondMachineIsRefusedARunningJobAndRestartsItAfterTheFirstIsKilled() throws Exception {
		TestPostgres postgres = TestPostgres.get();
		String shared = postgres.newDatabase();
		Path archive = archive();
		Path job = Files.writeString(this.work.resolve("forty.yaml"),
				"inputs: " + archive + "\nwindow: {from: 2026-01-15, to: 2026-01-16}\n");
		Path first = this.work.resolve("first");
		Path second = this.work.resolve("second");

		// one comment per chunk, so that the first is still scoring when the second asks
		Process running = TenorJar.start(this.work.resolve("first.log"), List.of("-Dtenor.score.chunk-size=1"),
				postgres.args(shared, "run", job.toString(), "--data-dir", first.toString(), "--output",
						this.work.resolve("reports").toString()));
		JdbcTemplate jdbc = postgres.jdbc(shared);
		TenorJar.waitUntil(running, this.work.resolve("first.log"), () -> scored(jdbc) >= 3, 100, "scoring");

		// the second machine at once: its run of the job, and its list
		Process refusing = TenorJar.start(this.work.resolve("refused.log"), List.of(),
				postgres.args(shared, "run", job.toString(), "--data-dir", second.toString()));
		Process listing = TenorJar.start(this.work.resolve("list-running.log"), List.of(),
				postgres.args(shared, "list", "--data-dir", second.toString()));
		Result refused = ended(refusing, "refused");
		Result whileRunning = ended(listing, "list-running");
		assertThat(running.isAlive()).as("still scoring: " + TenorJar.read(this.work.resolve("first.log"))).isTrue();
		running.destroyForcibly(); // SIGKILL
		running.waitFor();
		long survived = scored(jdbc);

		assertThat(refused.exitCode()).as(refused.out()).isOne();
		assertThat(refused.out()).contains("job forty is already running as run 1");
		assertThat(whileRunning.out()).contains("STARTED").doesNotContain("interrupted");
		assertThat(survived).as("some comments, not all, were scored before the kill")
			.isBetween(1L, ARTICLES * COMMENTS - 1L);

		Result afterKill = run("list-killed", postgres, shared, "list", "--data-dir", second.toString());
		assertThat(afterKill.out()).contains("STARTED (interrupted)").contains("restart it: tenor restart 1");
		Result restart = run("restart", postgres, shared, "restart", "1", "--data-dir", second.toString());
		assertThat(restart.exitCode()).as(restart.out()).isZero();
		assertThat(restart.out()).contains("Run 1 was interrupted").contains("COMPLETED");

		String clean = postgres.newDatabase();
		Result uninterrupted = run("clean", postgres, clean, "run", job.toString(), "--data-dir",
				this.work.resolve("clean").toString(), "--output", this.work.resolve("clean-reports").toString());
		assertThat(uninterrupted.exitCode()).as(uninterrupted.out()).isZero();
		assertThat(commentScores(jdbc)).hasSize(ARTICLES * COMMENTS).isEqualTo(commentScores(postgres.jdbc(clean)));
		assertThat(cells(restart.workbook(), "Comments")).hasSize(ARTICLES * COMMENTS + 1)
			.isEqualTo(cells(uninterrupted.workbook(), "Comments"));
	}

	/**
	 * Articles of {@link #COMMENTS} comments each, every sentence its own: long enough to
	 * score (a chunk per comment) that a second process starts while the first still
	 * runs.
	 */
	private Path archive() throws IOException {
		Path archive = Files.createDirectories(this.work.resolve("archive"));
		String[] opinions = { "is a wonderful idea", "is a complete disaster", "seems fine to me", "was badly handled",
				"deserves more support" };
		for (int a = 0; a < ARTICLES; a++) {
			String date = a % 2 == 0 ? "2026-01-15" : "2026-01-16";
			StringBuilder text = new StringBuilder(" date " + date + "  Japan Today\nnational\n\nCity plan number " + a
					+ "\n\nThe city published plan number " + a + ".\n\n©2026 GPlusMedia Inc.\n\n");
			for (int c = 0; c < COMMENTS; c++) {
				text.append("Item ")
					.append(c)
					.append(" of plan ")
					.append(a)
					.append(' ')
					.append(opinions[(a + c) % opinions.length])
					.append(".\n\n")
					.append(c % 5)
					.append(" ( +")
					.append(c % 5)
					.append(" / -0 )\n\n");
			}
			Files.writeString(archive.resolve("plan-" + a + ".txt"), text);
		}
		return archive;
	}

	private Result run(String name, TestPostgres postgres, String database, String... command)
			throws IOException, InterruptedException {
		return TenorJar.run(this.work.resolve(name + ".log"), postgres.args(database, command));
	}

	private Result ended(Process process, String name) throws IOException, InterruptedException {
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(name).isTrue();
		return new Result(process.exitValue(), TenorJar.read(this.work.resolve(name + ".log")), "");
	}

	private static long scored(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject("SELECT COUNT(*) FROM comment_score", Long.class);
		}
		catch (RuntimeException notYetCreated) {
			return 0;
		}
	}

}
