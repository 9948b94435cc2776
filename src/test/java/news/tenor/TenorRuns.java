package news.tenor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.tenor.cli.TenorCommandLine;
import news.tenor.store.DataFolder;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Tenor's command line in the test JVM (real Spring context, real H2 file, the JVM's
 * shared Spark context and CoreNLP models) and reads back what it wrote.
 */
public final class TenorRuns {

	/** The archive bundled with the project, which README's first command runs on. */
	public static final Path SAMPLE = Path.of("src/sample-archive").toAbsolutePath();

	private TenorRuns() {
	}

	public record Result(int exitCode, String out, String err) {

		public Path workbook() {
			Matcher m = Pattern.compile("Workbook: (.+)").matcher(this.out);
			assertThat(m.find()).as(this.out + this.err).isTrue();
			return Path.of(m.group(1).strip());
		}

	}

	public static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = TenorCommandLine.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Queries the database of a data folder through its server, as Tenor's processes do
	 * (while no run holds it, or alongside one).
	 */
	public static <T> T withDatabase(Path dataDir, Function<JdbcTemplate, T> query) {
		try (DataFolder.Session session = DataFolder.of(dataDir).open(Duration.ofSeconds(2))) {
			return query.apply(new JdbcTemplate(new SingleConnectionDataSource(session.keepAlive(), true)));
		}
	}

	/**
	 * Comment scores in a data folder, for polling a run in another process: 0 until its
	 * database and tables exist.
	 */
	public static long scoredComments(Path dataDir) {
		if (!Files.exists(dataDir.resolve("tenor.mv.db"))) {
			return 0;
		}
		try {
			return withDatabase(dataDir, jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM comment_score", Long.class));
		}
		catch (RuntimeException notYetCreated) {
			return 0;
		}
	}

	public static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
		return headers;
	}

	/** The cell of a row under the given header. */
	public static Cell cell(Sheet sheet, Row row, String header) {
		int column = headers(sheet).indexOf(header);
		assertThat(column).as(header).isNotNegative();
		return row.getCell(column);
	}

	/** Every cell of a sheet of a workbook as it shows in Excel. */
	public static List<List<String>> cells(Path workbook, String sheetName) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			return cells(book.getSheet(sheetName));
		}
	}

	/** Every cell of every sheet of a workbook as it shows in Excel, by sheet. */
	public static Map<String, List<List<String>>> cells(Path workbook) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			for (Sheet sheet : book) {
				sheets.put(sheet.getSheetName(), cells(sheet));
			}
		}
		return sheets;
	}

	private static List<List<String>> cells(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
			rows.add(cells);
		}
		return rows;
	}

	/** Every comment score of a store, by article title and position. */
	public static List<Map<String, Object>> commentScores(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT a.title, c.position, s.model, s.label, s.score, s.p0, s.p1, s.p2, s.p3, s.p4, "
				+ "s.sentences, s.unscored FROM comment_score s JOIN comment c ON c.id = s.comment_id "
				+ "JOIN article a ON a.id = c.article_id ORDER BY a.title, c.position");
	}

	/**
	 * The seconds each step of a run took, by step name, and the whole run's under
	 * {@code job}, from the job repository.
	 */
	public static Map<String, Double> stepSeconds(JdbcTemplate jdbc, long executionId) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		jdbc.query("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				rs -> {
					seconds.put(rs.getString(1),
							seconds(rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class)));
				}, executionId);
		jdbc.query("SELECT START_TIME, END_TIME FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", rs -> {
			seconds.put("job", seconds(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)));
		}, executionId);
		return seconds;
	}

	private static double seconds(LocalDateTime start, LocalDateTime end) {
		return Duration.between(start, end).toMillis() / 1000.0;
	}

}
