package news.tenor.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import news.tenor.scoring.Sentiment;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.cell;
import static news.tenor.TenorRuns.headers;
import static news.tenor.report.ReportFixtures.JAN_12;
import static news.tenor.report.ReportFixtures.JAN_13;
import static news.tenor.report.ReportFixtures.JAN_14;
import static news.tenor.report.ReportFixtures.JOB_INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook of {@link ReportFixtures#threeDays}, written from a real H2 file and read
 * back with POI: every sheet's headers, its values against the H2 rows, cell types,
 * charts and their series ranges, hyperlinks, and what makes it pleasant in a
 * spreadsheet.
 */
class ReportWorkbookTests {

	static final Offset<Double> EXACT = Offset.offset(1e-9);

	@TempDir
	static Path folder;

	static ReportDatabase db;

	static XSSFWorkbook book;

	/** The run's comments as stored, in report order. */
	static List<Stored> stored;

	record Stored(long articleId, String title, LocalDate published, String category, int position, Integer up,
			Integer down, Integer label, Double score, String text, String ownText, String quotedText, String quotes,
			Integer sentences, Integer unscored) {

		int weight() {
			return 1 + (this.up == null ? 0 : this.up) + (this.down == null ? 0 : this.down);
		}

		int signedWeight() {
			return 1 + (this.up == null ? 0 : this.up) - (this.down == null ? 0 : this.down);
		}

	}

	@BeforeAll
	static void writeTheWorkbook() throws Exception {
		db = new ReportDatabase(folder.resolve("data"));
		ReportFixtures.threeDays(db);
		Path file = folder.resolve("reports/tenor.xlsx");
		new ReportWorkbook(db.queries()).write(file, ReportScope.of(JOB_INSTANCE, ReportDatabase.MODEL),
				ReportFixtures.run(), false);
		book = new XSSFWorkbook(file.toFile());
		stored = db.jdbc.query("""
				SELECT a.id AS article_id, a.title, a.published, a.category, c.position, c.up_votes, c.down_votes,
				       s.label, s.score, c.text, c.own_text, c.quoted_text, c.quotes, s.sentences, s.unscored
				FROM run_article r JOIN article a ON a.id = r.article_id JOIN comment c ON c.article_id = a.id
				LEFT JOIN comment_score s ON s.comment_id = c.id AND s.model = ?
				WHERE r.job_instance_id = ? ORDER BY a.published, a.id, c.position
				""",
				(rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
						rs.getInt(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
						(Double) rs.getObject(9), rs.getString(10), rs.getString(11), rs.getString(12),
						rs.getString(13), (Integer) rs.getObject(14), (Integer) rs.getObject(15)),
				ReportDatabase.MODEL, JOB_INSTANCE);
	}

	@AfterAll
	static void close() throws Exception {
		book.close();
		db.close();
	}

	@Test
	void theSheetsComeInTheOrderAnEditorReadsThem() {
		List<String> names = new ArrayList<>();
		book.forEach(sheet -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("Overview", "Articles", "Comments", "Mentions",
				"People, organisations, places", "Trend", "Rejected", "Run");
		assertThat(book.getActiveSheetIndex()).isZero();
	}

	@Nested
	class Overview {

		final XSSFSheet sheet = book.getSheet("Overview");

		@Test
		void theScopeIsThePeriodOfTheArticlesReadAndTheirSources() {
			Row period = row(this.sheet, "Period");
			assertThat(date(period.getCell(1))).isEqualTo(JAN_12);
			assertThat(date(period.getCell(2))).isEqualTo(JAN_14);
			assertThat(period.getCell(3).getNumericCellValue()).isEqualTo(3);
			assertThat(row(this.sheet, "Sources").getCell(1).getStringCellValue()).isEqualTo("Japan Today");
			assertThat(row(this.sheet, "Categories").getCell(1).getStringCellValue())
				.isEqualTo("(no category), politics, sports");
			assertThat(row(this.sheet, "Filters").getCell(1).getStringCellValue()).startsWith("none");
			assertThat(row(this.sheet, "Compared with").getCell(1).getStringCellValue())
				.startsWith("2026-01-09 to 2026-01-11, same sources (Japan Today)");
		}

		@Test
		void headlineFiguresMatchTheStoredRows() {
			List<Stored> scored = stored.stream().filter(c -> c.label() != null).toList();
			assertThat(figure("Articles", 1)).isEqualTo(4);
			assertThat(figure("Comments", 1)).isEqualTo(stored.size());
			assertThat(figure("Comments scored", 1)).isEqualTo(scored.size());
			assertThat(figure("Own-text sentences scored", 1)).isEqualTo(stored.stream()
				.filter(c -> c.sentences() != null)
				.mapToInt(c -> c.sentences() - c.unscored())
				.sum());
			long positive = scored.stream().filter(c -> c.label() >= 3).count();
			long negative = scored.stream().filter(c -> c.label() <= 1).count();
			assertThat(figure("Net sentiment (% positive − % negative)", 1))
				.isCloseTo((double) (positive - negative) / scored.size(), EXACT);
			assertThat(figure("Mean score", 1))
				.isCloseTo(scored.stream().mapToDouble(Stored::score).average().orElseThrow(), EXACT);
			assertThat(figure("Vote-weighted score", 1))
				.isCloseTo(scored.stream().mapToDouble(c -> c.signedWeight() * c.score()).sum()
						/ scored.stream().mapToDouble(Stored::weight).sum(), EXACT);
		}

		@Test
		void thePreviousThreeDaysOfTheSameSourceAndModelAreShownWithTheChange() {
			// Budget talks stall (two negative comments) and Match preview (scored with
			// another model only); the other paper's article is not compared
			assertThat(figure("Articles", 2)).isEqualTo(2);
			assertThat(figure("Comments", 2)).isEqualTo(3);
			assertThat(figure("Comments scored", 2)).isEqualTo(2);
			assertThat(figure("Net sentiment (% positive − % negative)", 2)).isEqualTo(-1.0);
			assertThat(figure("Mean score", 2)).isCloseTo(-0.45, EXACT);
			assertThat(figure("Articles", 3)).isEqualTo(2);
			assertThat(figure("Comments", 3)).isEqualTo(9);
			// in percentage points
			assertThat(figure("Net sentiment (% positive − % negative)", 3)).isCloseTo((1.0 / 11 + 1) * 100, EXACT);
			assertThat(figure("Mean score", 3)).isCloseTo(figure("Mean score", 1) + 0.45, EXACT);
			assertThat(this.sheet.getRow(row(this.sheet, "Mean score").getRowNum())
				.getCell(3)
				.getCellStyle()
				.getDataFormatString()).isEqualTo("+0.00;-0.00;0.00");
		}

		@Test
		void theDistributionTableHoldsEachClassShare() {
			Row now = row(this.sheet, "This period");
			Row before = row(this.sheet, "Previous period");
			long scored = stored.stream().filter(c -> c.label() != null).count();
			for (Sentiment sentiment : Sentiment.values()) {
				long n = stored.stream().filter(c -> c.label() != null && c.label() == sentiment.ordinal()).count();
				assertThat(now.getCell(1 + sentiment.ordinal()).getNumericCellValue()).isCloseTo((double) n / scored,
						EXACT);
			}
			assertThat(before.getCell(1 + Sentiment.NEGATIVE.ordinal()).getNumericCellValue()).isEqualTo(1.0);
			assertThat(now.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
		}

		@Test
		void theArticlesThatStandOutAreListedWithLinksToTheirComments() {
			assertThat(titlesUnder("Most positive")).containsExactly("Team wins the cup", "Diet passes the budget",
					"Minister resigns over scandal");
			assertThat(titlesUnder("Most negative")).containsExactly("Minister resigns over scandal",
					"Diet passes the budget", "Team wins the cup");
			// the weather warning has no comments: not "discussed"
			assertThat(titlesUnder("Most discussed")).containsExactly("Minister resigns over scandal",
					"Diet passes the budget", "Team wins the cup");
			assertThat(titlesUnder("Most controversial")).first().isEqualTo("Diet passes the budget");
			Row first = this.sheet.getRow(row(this.sheet, "Most positive").getRowNum() + 2);
			assertLinksToFirstComment(first.getCell(0), "Team wins the cup");
		}

		@Test
		void threeNativeChartsPlotTheOverviewTablesAndTheTrendSheet() {
			List<XSSFChart> charts = this.sheet.getDrawingPatriarch().getCharts();
			assertThat(charts).extracting(c -> c.getTitleText().getString())
				.containsExactly("Sentiment of comments", "Comments and mean score per day",
						"Net sentiment by category");

			XDDFChartData distribution = charts.get(0).getChartSeries().get(0);
			assertThat(distribution).isInstanceOf(XDDFBarChartData.class);
			assertThat(((XDDFBarChartData) distribution).getBarGrouping().name()).isEqualTo("PERCENT_STACKED");
			assertThat(distribution.getSeriesCount()).isEqualTo(5);
			int thisPeriod = row(this.sheet, "This period").getRowNum() + 1;
			for (int k = 0; k < 5; k++) {
				XDDFChartData.Series series = distribution.getSeries(k);
				String column = CellReference.convertNumToColString(1 + k);
				assertThat(series.getCategoryData().getDataRangeReference())
					.isEqualTo("Overview!$A$" + thisPeriod + ":$A$" + (thisPeriod + 1));
				assertThat(series.getValuesData().getDataRangeReference())
					.isEqualTo("Overview!$" + column + "$" + thisPeriod + ":$" + column + "$" + (thisPeriod + 1));
				assertThat(series.getValuesData().getPointAt(0).doubleValue())
					.isEqualTo(row(this.sheet, "This period").getCell(1 + k).getNumericCellValue());
			}

			List<XDDFChartData> trend = charts.get(1).getChartSeries();
			assertThat(trend).hasSize(2);
			assertThat(trend.get(0)).isInstanceOf(XDDFBarChartData.class);
			assertThat(trend.get(1)).isInstanceOf(XDDFLineChartData.class);
			XDDFChartData.Series comments = trend.get(0).getSeries(0);
			XDDFChartData.Series meanScore = trend.get(1).getSeries(0);
			assertThat(comments.getCategoryData().getDataRangeReference()).isEqualTo("Trend!$A$2:$A$4");
			assertThat(comments.getValuesData().getDataRangeReference()).isEqualTo("Trend!$D$2:$D$4");
			assertThat(meanScore.getValuesData().getDataRangeReference()).isEqualTo("Trend!$F$2:$F$4");
			assertThat(comments.getValuesData().getPointAt(0).intValue()).isEqualTo(7);
			Sheet trendSheet = book.getSheet("Trend");
			assertThat(trendSheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Comments");
			assertThat(trendSheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Mean score");

			XDDFChartData.Series categories = charts.get(2).getChartSeries().get(0).getSeries(0);
			int politics = row(this.sheet, "politics").getRowNum() + 1;
			assertThat(categories.getCategoryData().getDataRangeReference())
				.isEqualTo("Overview!$A$" + politics + ":$A$" + (politics + 2));
			assertThat(categories.getValuesData().getDataRangeReference())
				.isEqualTo("Overview!$G$" + politics + ":$G$" + (politics + 2));
			assertThat(this.sheet.getRow(politics - 2).getCell(6).getStringCellValue()).isEqualTo("Net sentiment");
		}

		private double figure(String label, int column) {
			Cell cell = row(this.sheet, label).getCell(column);
			assertThat(cell.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
			return cell.getNumericCellValue();
		}

		private List<String> titlesUnder(String heading) {
			List<String> titles = new ArrayList<>();
			int r = row(this.sheet, heading).getRowNum() + 2;
			for (Row row = this.sheet.getRow(r); row != null && row.getCell(0) != null; row = this.sheet.getRow(++r)) {
				titles.add(row.getCell(0).getStringCellValue());
			}
			return titles;
		}

	}

	@Nested
	class Articles {

		final Sheet sheet = book.getSheet("Articles");

		@Test
		void headersKeepTheEndToEndNamesAndAddTheFigures() {
			assertThat(headers(this.sheet)).containsExactly("Title", "Published", "Source", "Category", "Comments",
					"Scored", "Up", "Down", "Score", "Vote-weighted score", "Net sentiment", "Score 95% from",
					"Score 95% to", "Net sentiment 95% from", "Net sentiment 95% to", "Controversy", "Very negative",
					"Negative", "Neutral", "Positive", "Very positive", "Comments link", "Note");
		}

		@Test
		void oneRowPerArticleOfTheRunWithItsCommentsFigures() {
			List<Map<String, Object>> articles = db.jdbc
				.queryForList("SELECT a.* FROM run_article r JOIN article a ON a.id = r.article_id "
						+ "WHERE r.job_instance_id = ? ORDER BY a.published, a.id", JOB_INSTANCE);
			assertThat(this.sheet.getLastRowNum()).isEqualTo(articles.size()).isEqualTo(4);
			for (int i = 0; i < articles.size(); i++) {
				Map<String, Object> article = articles.get(i);
				Row row = this.sheet.getRow(i + 1);
				long id = ((Number) article.get("ID")).longValue();
				List<Stored> comments = stored.stream().filter(c -> c.articleId() == id).toList();
				List<Stored> scored = comments.stream().filter(c -> c.label() != null).toList();
				assertThat(text(row, "Title")).isEqualTo(article.get("TITLE"));
				assertThat(date(cell(this.sheet, row, "Published"))).hasToString(article.get("PUBLISHED").toString());
				assertThat(text(row, "Source")).isEqualTo(article.get("SOURCE"));
				assertThat(cell(this.sheet, row, "Category") == null ? null : text(row, "Category"))
					.isEqualTo(article.get("CATEGORY"));
				assertThat(number(row, "Comments")).isEqualTo(comments.size());
				assertThat(number(row, "Scored")).isEqualTo(scored.size());
				assertThat(number(row, "Up"))
					.isEqualTo(comments.stream().mapToInt(c -> c.up() == null ? 0 : c.up()).sum());
				assertThat(number(row, "Down"))
					.isEqualTo(comments.stream().mapToInt(c -> c.down() == null ? 0 : c.down()).sum());
				if (scored.isEmpty()) {
					assertThat(cell(this.sheet, row, "Score")).isNull();
					assertThat(cell(this.sheet, row, "Comments link")).isNull();
					continue;
				}
				double mean = scored.stream().mapToDouble(Stored::score).average().orElseThrow();
				assertThat(number(row, "Score")).isCloseTo(mean, EXACT);
				assertThat(number(row, "Vote-weighted score"))
					.isCloseTo(scored.stream().mapToDouble(c -> c.signedWeight() * c.score()).sum()
							/ scored.stream().mapToDouble(Stored::weight).sum(), EXACT);
				double variance = scored.stream().mapToDouble(c -> (c.score() - mean) * (c.score() - mean)).sum()
						/ scored.size();
				assertThat(number(row, "Controversy")).isCloseTo(Math.sqrt(variance), Offset.offset(1e-6));
				for (Sentiment sentiment : Sentiment.values()) {
					assertThat(number(row, sentiment.label()))
						.isCloseTo((double) scored.stream().filter(c -> c.label() == sentiment.ordinal()).count()
								/ scored.size(), EXACT);
				}
				assertLinksToFirstComment(cell(this.sheet, row, "Comments link"), (String) article.get("TITLE"));
			}
		}

		@Test
		void scoresHaveTwoDecimalsAndSharesArePercentages() {
			Row row = this.sheet.getRow(1);
			assertThat(cell(this.sheet, row, "Score").getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(cell(this.sheet, row, "Positive").getCellStyle().getDataFormatString()).isEqualTo("0%");
			assertThat(cell(this.sheet, row, "Net sentiment").getCellStyle().getDataFormatString()).isEqualTo("0%");
		}

		private String text(Row row, String header) {
			return cell(this.sheet, row, header).getStringCellValue();
		}

		private double number(Row row, String header) {
			Cell cell = cell(this.sheet, row, header);
			assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
			return cell.getNumericCellValue();
		}

	}

	@Nested
	class Comments {

		final Sheet sheet = book.getSheet("Comments");

		@Test
		void headersKeepTheEndToEndNamesAndAddTheParts() {
			assertThat(headers(this.sheet)).containsExactly("Title", "Published", "Category", "Comment #", "Net votes",
					"Up", "Down", "Sentiment", "Score", "Text", "Own words", "Quoted", "Quoted from", "Sentences",
					"Unscored sentences", "Note", "Language");
		}

		@Test
		void oneRowPerStoredCommentInArticleOrder() {
			assertThat(this.sheet.getLastRowNum()).isEqualTo(stored.size()).isEqualTo(12);
			for (int i = 0; i < stored.size(); i++) {
				Stored c = stored.get(i);
				Row row = this.sheet.getRow(i + 1);
				assertThat(cell(this.sheet, row, "Title").getStringCellValue()).isEqualTo(c.title());
				assertThat(date(cell(this.sheet, row, "Published"))).isEqualTo(c.published());
				assertThat(cell(this.sheet, row, "Comment #").getNumericCellValue()).isEqualTo(c.position());
				assertThat(numberOrNull(row, "Up")).isEqualTo(c.up() == null ? null : c.up().doubleValue());
				assertThat(numberOrNull(row, "Down")).isEqualTo(c.down() == null ? null : c.down().doubleValue());
				assertThat(numberOrNull(row, "Net votes"))
					.isEqualTo(c.up() == null ? null : (double) (c.up() - c.down()));
				assertThat(textOrNull(row, "Sentiment"))
					.isEqualTo(c.label() == null ? null : Sentiment.ofClass(c.label()).label());
				assertThat(numberOrNull(row, "Score")).isEqualTo(c.score());
				assertThat(textOrNull(row, "Text")).isEqualTo(c.text());
				assertThat(textOrNull(row, "Own words")).isEqualTo(c.ownText());
				assertThat(textOrNull(row, "Quoted")).isEqualTo(c.quotedText());
				assertThat(textOrNull(row, "Quoted from")).isEqualTo(c.quotes());
				assertThat(numberOrNull(row, "Sentences")).isEqualTo(c.sentences().doubleValue());
				assertThat(numberOrNull(row, "Unscored sentences")).isEqualTo(c.unscored().doubleValue());
			}
		}

		@Test
		void commentsWithoutOwnWordsOrWithUnscoredSentencesAreFlagged() {
			List<String> notes = new ArrayList<>();
			for (int r = 1; r <= this.sheet.getLastRowNum(); r++) {
				notes.add(textOrNull(this.sheet.getRow(r), "Note"));
			}
			assertThat(notes).containsExactly(null, null, null, null, null, null, null, null, null, null,
					"no own words (only quotes or links)", "1 sentence unscored; votes unknown");
		}

		@Test
		void longCommentsWrapInARowOfCappedHeight() {
			Row quoting = this.sheet.getRow(3);
			Row longOne = this.sheet.getRow(12);
			assertThat(cell(this.sheet, longOne, "Text").getCellStyle().getWrapText()).isTrue();
			assertThat(longOne.getHeightInPoints()).isEqualTo(CommentsSheet.MAX_LINES * CommentsSheet.LINE_HEIGHT);
			assertThat(quoting.getHeightInPoints()).isEqualTo(2 * CommentsSheet.LINE_HEIGHT);
			assertThat(((org.apache.poi.xssf.usermodel.XSSFRow) this.sheet.getRow(1)).getCTRow().getCustomHeight())
				.isFalse();
		}

		private Double numberOrNull(Row row, String header) {
			Cell cell = cell(this.sheet, row, header);
			if (cell == null) {
				return null;
			}
			assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
			return cell.getNumericCellValue();
		}

		private String textOrNull(Row row, String header) {
			Cell cell = cell(this.sheet, row, header);
			return cell == null ? null : cell.getStringCellValue();
		}

	}

	@Nested
	class Trend {

		final Sheet sheet = book.getSheet("Trend");

		@Test
		void everyDayOfThePeriodThenEachDayAndCategory() {
			assertThat(headers(this.sheet)).startsWith("Date", "Category", "Articles", "Comments", "Scored",
					"Mean score", "Vote-weighted score", "Net sentiment");
			List<String> rows = new ArrayList<>();
			for (int r = 1; r <= this.sheet.getLastRowNum(); r++) {
				Row row = this.sheet.getRow(r);
				rows.add(date(row.getCell(0)) + " " + row.getCell(1).getStringCellValue() + " "
						+ (int) row.getCell(3).getNumericCellValue());
			}
			assertThat(rows).containsExactly("2026-01-12 All categories 7", "2026-01-13 All categories 0",
					"2026-01-14 All categories 5", "2026-01-12 politics 4", "2026-01-12 sports 3",
					"2026-01-14 (no category) 0", "2026-01-14 politics 5");
		}

		@Test
		void aDaysMeanScoreIsTheMeanOfItsScoredComments() {
			assertThat(this.sheet.getRow(1).getCell(5).getNumericCellValue()).isCloseTo(stored.stream()
				.filter(c -> c.published().equals(JAN_12))
				.mapToDouble(Stored::score)
				.average()
				.orElseThrow(), EXACT);
			// a quiet day: no mean score (a gap in the chart), not zero
			assertThat(date(this.sheet.getRow(2).getCell(0))).isEqualTo(JAN_13);
			assertThat(this.sheet.getRow(2).getCell(5)).isNull();
			assertThat(this.sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(2);
		}

	}

	@Nested
	class Rejected {

		@Test
		void everyRejectedInputWithFileLineAndReason() {
			Sheet sheet = book.getSheet("Rejected");
			assertThat(headers(sheet)).containsExactly("File", "Line", "Reason");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("archive/broken.txt");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("no title line");
			assertThat(sheet.getRow(2).getCell(1)).isNull();
		}

	}

	@Nested
	class Run {

		final Sheet sheet = book.getSheet("Run");

		@Test
		void parametersStepTimesCountsAndVersions() {
			assertThat(headers(this.sheet)).containsExactly("Section", "Item", "Value", "Started", "Ended",
					"Duration (s)");
			assertThat(value("Parameter", "input").getStringCellValue()).isEqualTo("/archive/japan-today");
			assertThat(value("Parameter", "max-sentence-tokens").getNumericCellValue()).isEqualTo(80);
			Row ingest = fact("Step", "ingest");
			assertThat(ingest.getCell(2).getStringCellValue()).isEqualTo("COMPLETED");
			assertThat(DateUtil.isCellDateFormatted(ingest.getCell(3))).isTrue();
			assertThat(ingest.getCell(5).getNumericCellValue()).isEqualTo(12.0);
			assertThat(fact("Step", "report").getCell(4)).isNull();
			assertThat(value("Count", "Articles new").getNumericCellValue()).isEqualTo(4);
			assertThat(value("Report", "Comments").getNumericCellValue()).isEqualTo(12);
			assertThat(value("Report", "Rejected inputs").getNumericCellValue()).isEqualTo(2);
			assertThat(value("Setting", "Parser").getStringCellValue()).isEqualTo("sr");
			assertThat(value("Version", "Stanford CoreNLP").getStringCellValue()).isEqualTo("4.5.10");
			assertThat(DateUtil.isCellDateFormatted(value("Job", "Workbook written"))).isTrue();
		}

		private Row fact(String section, String item) {
			for (Row row : this.sheet) {
				if (row.getCell(0).getStringCellValue().equals(section)
						&& row.getCell(1).getStringCellValue().equals(item)) {
					return row;
				}
			}
			throw new AssertionError("no " + section + " " + item);
		}

		private Cell value(String section, String item) {
			return fact(section, item).getCell(2);
		}

	}

	@Nested
	class SpreadsheetQuality {

		static final List<String> TABLES = List.of("Articles", "Comments", "Mentions", "People, organisations, places",
				"Trend", "Rejected", "Run");

		@Test
		void tablesHaveABoldFilteredHeaderWithHeaderAndFirstColumnFrozen() {
			for (String name : TABLES) {
				XSSFSheet sheet = book.getSheet(name);
				Font font = book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex());
				assertThat(font.getBold()).as(name).isTrue();
				assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name)
					.isEqualTo(new CellRangeAddress(0, sheet.getLastRowNum(), 0, sheet.getRow(0).getLastCellNum() - 1)
						.formatAsString());
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane.isFreezePane()).as(name).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
				assertThat(pane.getVerticalSplitPosition()).as(name).isEqualTo((short) 1);
			}
			assertThat(book.getSheet("Articles").getColumnWidth(0)).isEqualTo(60 * 256);
			assertThat(book.getSheet("Comments").getColumnWidth(9)).isEqualTo(60 * 256);
		}

		@Test
		void scoresAreColouredRedWhiteGreenFromMinusOneToOne() {
			XSSFSheet articles = book.getSheet("Articles");
			List<String> ranges = new ArrayList<>();
			for (int k = 0; k < articles.getSheetConditionalFormatting().getNumConditionalFormattings(); k++) {
				ConditionalFormatting formatting = articles.getSheetConditionalFormatting()
					.getConditionalFormattingAt(k);
				ConditionalFormattingRule rule = formatting.getRule(0);
				assertThat(rule.getColorScaleFormatting().getThresholds()).extracting(t -> t.getValue())
					.containsExactly(-1.0, 0.0, 1.0);
				ranges.add(formatting.getFormattingRanges()[0].formatAsString());
			}
			assertThat(ranges).containsExactly("I2:I5", "J2:J5", "K2:K5");
			assertThat(book.getSheet("Comments").getSheetConditionalFormatting().getNumConditionalFormattings())
				.isEqualTo(1);
		}

		@Test
		void noFormulaAndNoNumberStoredAsTextWithoutItsWarningSilenced() {
			for (Sheet sheet : book) {
				XSSFSheet xssf = (XSSFSheet) sheet;
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING && row.getRowNum() > 0
								&& cell.getStringCellValue().strip().matches("[-+]?\\d+([.,]\\d+)?")) {
							assertThat(ignored(xssf, cell)).as(sheet.getSheetName() + " " + cell.getAddress()).isTrue();
						}
					}
				}
			}
			assertThat(book.getSheet("Comments").getIgnoredErrors().get(IgnoredErrorType.NUMBER_STORED_AS_TEXT))
				.extracting(CellRangeAddress::formatAsString)
				.contains("J2:J13", "K2:K13");
		}

		private boolean ignored(XSSFSheet sheet, Cell cell) {
			return sheet.getIgnoredErrors()
				.getOrDefault(IgnoredErrorType.NUMBER_STORED_AS_TEXT, java.util.Set.of())
				.stream()
				.anyMatch(range -> range.isInRange(cell));
		}

	}

	@Nested
	class Safety {

		@Test
		void anExistingReportIsNotOverwrittenUnlessAsked() throws Exception {
			Path target = folder.resolve("safety/tenor.xlsx");
			Files.createDirectories(target.getParent());
			Files.writeString(target, "the editor's copy");
			ReportWorkbook workbook = new ReportWorkbook(db.queries());
			ReportScope scope = ReportScope.of(JOB_INSTANCE, ReportDatabase.MODEL);
			org.assertj.core.api.Assertions.assertThatExceptionOfType(java.nio.file.FileAlreadyExistsException.class)
				.isThrownBy(() -> workbook.write(target, scope, ReportFixtures.run(), false))
				.withMessageContaining("--overwrite");
			assertThat(target).hasContent("the editor's copy");
			assertThat(files(target.getParent())).containsExactly("tenor.xlsx");

			workbook.write(target, scope, ReportFixtures.run(), true);
			try (XSSFWorkbook replaced = new XSSFWorkbook(target.toFile())) {
				assertThat(replaced.getSheet("Comments").getLastRowNum()).isEqualTo(12);
			}
			assertThat(files(target.getParent())).containsExactly("tenor.xlsx");
		}

		@Test
		void aFailedReportLeavesNoFileBehind() throws Exception {
			Path target = folder.resolve("failed/tenor.xlsx");
			try (ReportDatabase empty = new ReportDatabase(folder.resolve("failed-data"))) {
				empty.jdbc.execute("DROP TABLE reject");
				org.assertj.core.api.Assertions.assertThatException()
					.isThrownBy(() -> new ReportWorkbook(empty.queries()).write(target,
							ReportScope.of(JOB_INSTANCE, ReportDatabase.MODEL), ReportFixtures.run(), false));
			}
			assertThat(files(target.getParent())).isEmpty();
		}

		private List<String> files(Path folder) throws Exception {
			try (Stream<Path> files = Files.list(folder)) {
				return files.map(p -> p.getFileName().toString()).toList();
			}
		}

	}

	static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
	}

	static LocalDate date(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

	/** The cell links to the first row of the article's comments. */
	static void assertLinksToFirstComment(Cell cell, String title) {
		Hyperlink link = cell.getHyperlink();
		assertThat(link).as(title).isNotNull();
		String address = link.getAddress();
		String sheetName = address.substring(1, address.indexOf("'!"));
		CellReference target = new CellReference(address.substring(address.indexOf('!') + 1));
		Sheet comments = book.getSheet(sheetName);
		Row row = comments.getRow(target.getRow());
		assertThat(row.getCell(0).getStringCellValue()).isEqualTo(title);
		assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1);
	}

}
