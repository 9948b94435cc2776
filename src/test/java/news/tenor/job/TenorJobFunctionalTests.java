package news.tenor.job;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns.Result;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.SAMPLE;
import static news.tenor.TenorRuns.cell;
import static news.tenor.TenorRuns.headers;
import static news.tenor.TenorRuns.run;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job as a user runs it: the command line on the bundled sample archive, with a
 * real H2 file, a real local Spark session and the real CoreNLP models; then the H2 rows
 * and the workbook are read back.
 */
class TenorJobFunctionalTests {

	static final List<String> LABELS = List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive");

	@TempDir
	static Path work;

	static Path dataDir;

	static Path workbook;

	@BeforeAll
	static void runTheSample() {
		dataDir = work.resolve("data");
		Result result = run("run", "--input", SAMPLE.toString(), "--output", work.resolve("reports").toString(),
				"--data-dir", dataDir.toString());
		assertThat(result.exitCode()).as(result.err()).isZero();
		workbook = result.workbook();
	}

	@Test
	void theArticleIsStoredWithEveryField() {
		Map<String, Object> article = withDatabase(dataDir, jdbc -> jdbc.queryForMap("SELECT * FROM article"));
		assertThat(article).containsEntry("SOURCE", "Japan Today")
			.containsEntry("CATEGORY", "politics")
			.containsEntry("TITLE", "Koizumi, Hegseth exercise together, discuss alliance amid concerns in Asia")
			.containsEntry("DATELINE", "WASHINGTON")
			.containsEntry("AGENCY", "KYODO");
		assertThat(article.get("PUBLISHED")).hasToString("2026-01-15");
	}

	@Test
	void fiveCommentsWithVotesLabelsAndScores() {
		List<Map<String, Object>> comments = withDatabase(dataDir,
				jdbc -> jdbc.queryForList(
						"SELECT c.position, c.net_votes, c.up_votes, c.down_votes, s.label, s.score, s.sentences "
								+ "FROM comment c JOIN comment_score s ON s.comment_id = c.id ORDER BY c.position"));
		assertThat(comments).extracting(c -> c.get("NET_VOTES")).containsExactly(2, -2, 1, 1, 0);
		assertThat(comments).extracting(c -> c.get("UP_VOTES")).containsExactly(2, 1, 1, 1, 0);
		assertThat(comments).extracting(c -> c.get("DOWN_VOTES")).containsExactly(0, 3, 0, 0, 0);
		assertThat(comments).allSatisfy(c -> {
			assertThat(((Number) c.get("LABEL")).intValue()).isBetween(0, 4);
			assertThat(((Number) c.get("SCORE")).doubleValue()).isBetween(-1.0, 1.0);
			assertThat(((Number) c.get("SENTENCES")).intValue()).isPositive();
		});
	}

	@Test
	void oneRowPerSentenceWithFiveProbabilities() {
		List<Map<String, Object>> sentences = withDatabase(dataDir, jdbc -> jdbc.queryForList(
				"SELECT ss.* FROM comment_sentence cs " + "JOIN sentence_score ss ON ss.sentence_id = cs.sentence_id"));
		// own words only: 2 + 2 + 1 + 1 + 2 sentences (the three quotes and the two URLs
		// are not scored)
		assertThat(sentences).hasSize(8).allSatisfy(s -> {
			double sum = 0;
			for (int k = 0; k < 5; k++) {
				sum += ((Number) s.get("P" + k)).doubleValue();
			}
			assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
			assertThat(s.get("STATUS")).isEqualTo("SCORED");
		});
	}

	@Test
	void theWorkbookHoldsArticlesAndCommentsAsNumbersAndDates() throws Exception {
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Sheet articles = book.getSheet("Articles");
			assertThat(headers(articles)).contains("Title", "Published", "Source", "Category", "Comments", "Score");
			Row article = articles.getRow(1);
			assertThat(cell(articles, article, "Title").getStringCellValue()).startsWith("Koizumi, Hegseth");
			assertThat(DateUtil.isCellDateFormatted(cell(articles, article, "Published"))).isTrue();
			assertThat(cell(articles, article, "Published").getLocalDateTimeCellValue().toLocalDate())
				.hasToString("2026-01-15");
			assertThat(cell(articles, article, "Comments").getNumericCellValue()).isEqualTo(5);
			assertThat(cell(articles, article, "Score").getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(articles.getLastRowNum()).isEqualTo(1);

			Sheet comments = book.getSheet("Comments");
			assertThat(headers(comments)).contains("Title", "Published", "Comment #", "Net votes", "Up", "Down",
					"Sentiment", "Score", "Text");
			assertThat(comments.getLastRowNum()).isEqualTo(5);
			List<Double> net = new ArrayList<>();
			for (int r = 1; r <= 5; r++) {
				Row row = comments.getRow(r);
				net.add(cell(comments, row, "Net votes").getNumericCellValue());
				assertThat(cell(comments, row, "Comment #").getNumericCellValue()).isEqualTo(r);
				assertThat(LABELS).contains(cell(comments, row, "Sentiment").getStringCellValue());
				assertThat(cell(comments, row, "Score").getNumericCellValue()).isBetween(-1.0, 1.0);
				assertThat(DateUtil.isCellDateFormatted(cell(comments, row, "Published"))).isTrue();
			}
			assertThat(net).containsExactly(2.0, -2.0, 1.0, 1.0, 0.0);
			assertThat(book.getSheet("Rejected")).isNotNull();
			assertThat(book.getSheet("Run")).isNotNull();
		}
	}

	@Test
	void aSecondRunOfTheSameInputDuplicatesNothingAndParsesNothing() {
		Result again = run("run", "--input", SAMPLE.toString(), "--output", work.resolve("reports").toString(),
				"--data-dir", dataDir.toString());
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("1 unchanged").contains("0 parsed");
		assertThat(again.workbook()).isNotEqualTo(workbook).exists();
		Map<String, Object> counts = withDatabase(dataDir, jdbc -> jdbc.queryForMap(
				"SELECT (SELECT COUNT(*) FROM article) AS articles, (SELECT COUNT(*) FROM comment) AS comments, "
						+ "(SELECT COUNT(*) FROM comment_score) AS scores"));
		assertThat(counts).containsEntry("ARTICLES", 1L).containsEntry("COMMENTS", 5L).containsEntry("SCORES", 5L);
	}

}
