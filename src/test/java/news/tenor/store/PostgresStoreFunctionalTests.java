package news.tenor.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import news.tenor.TenorRuns;
import news.tenor.TenorRuns.Result;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenor with everything stored in a real PostgreSQL server instead of the data folder's
 * H2 file ({@code --spring.datasource.url=jdbc:postgresql://...}): the same workbook, a
 * rerun that parses nothing, another machine's data folder that lists the same runs, and
 * a password that never shows.
 */
class PostgresStoreFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aRunOnPostgresWritesTheWorkbookARunOnH2WritesAndARerunParsesNothing() throws IOException {
		TestPostgres postgres = TestPostgres.get();
		String database = postgres.newDatabase();
		Result onH2 = TenorRuns.run("run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				this.work.resolve("h2").toString(), "--data-dir", this.work.resolve("h2-data").toString());
		assertThat(onH2.exitCode()).as(onH2.err()).isZero();
		Result onPostgres = run(postgres, database, "run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				this.work.resolve("pg").toString(), "--data-dir", this.work.resolve("pg-data").toString());
		assertThat(onPostgres.exitCode()).as(onPostgres.err()).isZero();
		assertThat(onPostgres.out()).contains("Run 1").contains("sentences: " + parsed(onH2) + " parsed");

		// every sheet the same cell for cell, but the Run sheet's times and paths
		Map<String, List<List<String>>> h2 = TenorRuns.cells(onH2.workbook());
		Map<String, List<List<String>>> pg = TenorRuns.cells(onPostgres.workbook());
		assertThat(pg.keySet()).containsExactlyElementsOf(h2.keySet()).contains("Overview", "Articles", "Comments");
		for (String sheet : h2.keySet()) {
			if (!sheet.equals("Run")) {
				assertThat(pg.get(sheet)).as(sheet).isEqualTo(h2.get(sheet));
			}
		}
		// the rows are in PostgreSQL, not in an H2 file of the data folder
		JdbcTemplate jdbc = postgres.jdbc(database);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment_score", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isOne();
		assertThat(this.work.resolve("pg-data/tenor.mv.db")).doesNotExist();

		Result rerun = run(postgres, database, "rerun", "1", "--data-dir", this.work.resolve("pg-data").toString());
		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("Run 2").contains("sentences: 0 parsed");
	}

	@Test
	void anotherMachinesDataFolderListsTheSameRunsAndThePasswordNeverShows() throws IOException {
		TestPostgres postgres = TestPostgres.get();
		String database = postgres.newDatabase();
		Path first = this.work.resolve("first-machine");
		Path second = this.work.resolve("second-machine");
		Result ran = run(postgres, database, "run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				this.work.resolve("reports").toString(), "--data-dir", first.toString(), "--verbose");
		assertThat(ran.exitCode()).as(ran.err()).isZero();

		Result list = run(postgres, database, "list", "--data-dir", second.toString());
		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).contains("COMPLETED").contains("workbook:   " + ran.workbook());

		Result wrong = TenorRuns.run("list", "--data-dir", second.toString(),
				"--spring.datasource.url=" + postgres.url(database), "--spring.datasource.username=" + postgres.user(),
				"--spring.datasource.password=not-" + postgres.password());
		assertThat(wrong.exitCode()).isOne();
		assertThat(wrong.err()).contains("password authentication failed").hasLineCount(1);

		Result unreachable = TenorRuns.run("list", "--data-dir", second.toString(),
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/tenor",
				"--spring.datasource.password=" + postgres.password());
		assertThat(unreachable.exitCode()).isOne();
		assertThat(unreachable.err()).startsWith("tenor: cannot open the database jdbc:postgresql://127.0.0.1:1/tenor")
			.contains("refused")
			.hasLineCount(1);

		Result inTheUrl = TenorRuns.run("list", "--data-dir", second.toString(), "--spring.datasource.url="
				+ postgres.url(database) + "?user=" + postgres.user() + "&password=" + postgres.password());
		assertThat(inTheUrl.exitCode()).as(inTheUrl.err()).isZero();
		assertThat(inTheUrl.out()).contains("COMPLETED");

		List<String> everything = new ArrayList<>(List.of(ran.out(), ran.err(), list.out(), list.err(), wrong.out(),
				wrong.err(), unreachable.out(), unreachable.err(), inTheUrl.out(), inTheUrl.err()));
		for (Path folder : List.of(first, second)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					everything.add(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
				}
			}
		}
		assertThat(everything).noneMatch(text -> text.contains(postgres.password()));
		assertThat(String.join("\n", everything)).as("the log was written").contains("HikariPool");
	}

	@Test
	void aSpringSettingWithoutAValueIsAUsageError() {
		Result result = TenorRuns.run("list", "--data-dir", this.work.resolve("data").toString(),
				"--spring.datasource.url");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("--spring.datasource.url needs a value");
	}

	private static Result run(TestPostgres postgres, String database, String... command) {
		return TenorRuns.run(postgres.args(database, command));
	}

	private static String parsed(Result result) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("sentences: (\\d+) parsed").matcher(result.out());
		assertThat(m.find()).as(result.out()).isTrue();
		assertThat(Long.parseLong(m.group(1))).isPositive();
		return m.group(1);
	}

}
