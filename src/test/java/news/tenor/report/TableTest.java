package news.tenor.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.headers;
import static news.tenor.report.ReportFixtures.JOB_INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables longer than a sheet continue on {@code Name (2)}, {@code Name (3)}, ...: tested
 * with a limit of five rows per sheet (a header and four rows) instead of Excel's
 * 1,048,576.
 */
class TableTest {

	/** The Articles sheet's column of links to the comments. */
	static final int LINK = ArticlesSheet.COLUMNS.stream().map(Table.Column::header).toList().indexOf("Comments link");

	@Test
	void rowsAreLocatedOnTheSheetThatHoldsThem() {
		assertThat(Table.locate("Comments", 0, 5)).isEqualTo(new CellLink("Comments", 2));
		assertThat(Table.locate("Comments", 3, 5)).isEqualTo(new CellLink("Comments", 5));
		assertThat(Table.locate("Comments", 4, 5)).isEqualTo(new CellLink("Comments (2)", 2));
		assertThat(Table.locate("Comments", 1_048_575, Table.EXCEL_MAX_ROWS))
			.isEqualTo(new CellLink("Comments (2)", 2));
		assertThat(Table.locate("Comments", 1_048_574, Table.EXCEL_MAX_ROWS))
			.isEqualTo(new CellLink("Comments", 1_048_576));
		assertThat(new CellLink("Comments (2)", 7).address()).isEqualTo("'Comments (2)'!A7");
	}

	@Nested
	class SplitAcrossSheets {

		@TempDir
		Path folder;

		/**
		 * The workbook of {@link ReportFixtures#threeDays} for a run, with sheets of
		 * {@code maxRows} rows.
		 */
		private Path writeThreeDays(String name, int maxRows, long jobInstance) throws Exception {
			Path file = this.folder.resolve(name);
			try (ReportDatabase db = new ReportDatabase(this.folder.resolve("data"))) {
				ReportFixtures.threeDays(db);
				new ReportWorkbook(db.queries(), maxRows).write(file, ReportScope.of(jobInstance, ReportDatabase.MODEL),
						ReportFixtures.run(), false);
			}
			return file;
		}

		@Test
		void twelveCommentsOnSheetsOfFourRowsMakeThreeSheetsLinkedFromTheArticles() throws Exception {
			Path file = writeThreeDays("split.xlsx", 5, JOB_INSTANCE);
			try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
				List<String> names = new ArrayList<>();
				book.forEach(s -> names.add(s.getSheetName()));
				assertThat(names).containsExactly("Overview", "Articles", "Comments", "Comments (2)", "Comments (3)",
						"Mentions", "People, organisations, places", "Trend", "Trend (2)", "Rejected", "Run");
				List<String> positions = new ArrayList<>();
				for (String name : List.of("Comments", "Comments (2)", "Comments (3)")) {
					Sheet sheet = book.getSheet(name);
					assertThat(headers(sheet)).startsWith("Title", "Published");
					assertThat(sheet.getLastRowNum()).isEqualTo(4);
					for (int r = 1; r <= 4; r++) {
						Row row = sheet.getRow(r);
						positions.add(row.getCell(0).getStringCellValue().split(" ")[0] + " "
								+ (int) row.getCell(3).getNumericCellValue());
					}
				}
				assertThat(positions).containsExactly("Diet 1", "Diet 2", "Diet 3", "Diet 4", "Team 1", "Team 2",
						"Team 3", "Minister 1", "Minister 2", "Minister 3", "Minister 4", "Minister 5");

				Sheet articles = book.getSheet("Articles");
				assertThat(articles.getRow(1).getCell(LINK).getHyperlink().getAddress()).isEqualTo("'Comments'!A2");
				assertThat(articles.getRow(2).getCell(LINK).getHyperlink().getAddress()).isEqualTo("'Comments (2)'!A2");
				assertThat(articles.getRow(3).getCell(LINK).getHyperlink().getAddress()).isEqualTo("'Comments (2)'!A5");

				Row note = ReportWorkbookTests.row(book.getSheet("Overview"), "Comments");
				assertThat(note.getCell(1).getStringCellValue())
					.isEqualTo("on 3 sheets (Comments, Comments (2), Comments (3)): a sheet holds at most 4 rows");
				// the trend chart plots the days, which fit on the first Trend sheet
				assertThat(book.getSheet("Overview")
					.getDrawingPatriarch()
					.getCharts()
					.get(1)
					.getChartSeries()
					.get(0)
					.getSeries(0)
					.getValuesData()
					.getDataRangeReference()).isEqualTo("Trend!$D$2:$D$4");
			}
		}

		@Test
		void articlesSplitAcrossSheetsStayTogetherBeforeTheComments() throws Exception {
			Path file = writeThreeDays("split-articles.xlsx", 3, JOB_INSTANCE);
			try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
				List<String> names = new ArrayList<>();
				book.forEach(s -> names.add(s.getSheetName()));
				assertThat(names).startsWith("Overview", "Articles", "Articles (2)", "Comments", "Comments (2)");
				assertThat(names).endsWith("Rejected", "Run");
				// the print titles (defined names by sheet index) moved with the sheet
				assertThat(book.getSheet("Articles (2)").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
				assertThat(book.getSheet("Comments").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
				// the third article links to its first comment, the eighth (after 4 and
				// 3):
				// the second on Comments (4)
				assertThat(book.getSheet("Articles (2)").getRow(1).getCell(LINK).getHyperlink().getAddress())
					.isEqualTo("'Comments (4)'!A3");
				assertThat(book.getSheet("Articles (2)").getRow(1).getCell(0).getStringCellValue())
					.isEqualTo(book.getSheet("Comments (4)").getRow(2).getCell(0).getStringCellValue());
			}
		}

		@Test
		void aRunWithoutRejectsStillGetsTheRejectedSheetWithItsHeader() throws Exception {
			Path file = writeThreeDays("other-run.xlsx", 5, JOB_INSTANCE + 1);
			try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
				Sheet rejected = book.getSheet("Rejected");
				assertThat(headers(rejected)).containsExactly("File", "Line", "Reason");
				assertThat(rejected.getLastRowNum()).isZero();
				assertThat(book.getSheet("Comments").getLastRowNum()).isEqualTo(1);
				assertThat(book.getSheet("Articles").getRow(1).getCell(0).getStringCellValue())
					.isEqualTo("Another run's article");
			}
		}

	}

}
