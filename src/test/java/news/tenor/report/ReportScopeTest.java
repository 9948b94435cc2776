package news.tenor.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import news.tenor.run.RunScope;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.report.ReportFixtures.JAN_14;
import static news.tenor.report.ReportFixtures.JOB_INSTANCE;
import static news.tenor.report.ReportWorkbookTests.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job with a window and filters: the window is the report's period (also its days
 * without articles) and the comparison keeps to the same filters.
 */
class ReportScopeTest {

	static final LocalDate JAN_11 = LocalDate.of(2026, 1, 11);

	@TempDir
	Path folder;

	@Test
	void thePeriodIsTheWindowWhenGivenAndTheArticlesDatesOtherwise() {
		ReportScope windowed = new ReportScope(1, "m", new RunScope(JAN_11, null, List.of(), List.of()));
		assertThat(windowed.period(ReportFixtures.JAN_12, JAN_14)).isEqualTo(new Period(JAN_11, JAN_14));
		assertThat(ReportScope.of(1, "m").period(ReportFixtures.JAN_12, JAN_14))
			.isEqualTo(new Period(ReportFixtures.JAN_12, JAN_14));
		assertThat(ReportScope.of(1, "m").period(null, null)).isNull();
		assertThat(new Period(JAN_11, JAN_14).previous())
			.isEqualTo(new Period(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 10)));
		assertThat(new Period(JAN_14, JAN_14).previous()).hasToString("2026-01-13");
	}

	@Test
	void aWindowedPoliticsReportIsComparedWithThePoliticsOfThePreviousFourDays() throws Exception {
		Path file = this.folder.resolve("windowed.xlsx");
		try (ReportDatabase db = new ReportDatabase(this.folder.resolve("data"))) {
			ReportFixtures.threeDays(db);
			new ReportWorkbook(db.queries()).write(file, new ReportScope(JOB_INSTANCE, ReportDatabase.MODEL,
					new RunScope(JAN_11, JAN_14, List.of(), List.of("Politics"))), ReportFixtures.run(), false);
		}
		try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
			Sheet overview = book.getSheet("Overview");
			Row period = row(overview, "Period");
			assertThat(period.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JAN_11);
			assertThat(period.getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(period.getCell(4).getStringCellValue()).contains("the job's window");
			assertThat(row(overview, "Filters").getCell(1).getStringCellValue())
				.isEqualTo("published 2026-01-11 to 2026-01-14; categories Politics");
			assertThat(row(overview, "Compared with").getCell(1).getStringCellValue())
				.startsWith("2026-01-07 to 2026-01-10, same sources (Japan Today), same category filter");
			// Budget talks stall (10th) and Old news (8th): politics, Japan Today, scored
			Row articles = row(overview, "Articles");
			assertThat(articles.getCell(2).getNumericCellValue()).isEqualTo(2);
			assertThat(row(overview, "Comments scored").getCell(2).getNumericCellValue()).isEqualTo(3);
			Sheet trend = book.getSheet("Trend");
			assertThat(trend.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JAN_11);
			assertThat(trend.getRow(1).getCell(3).getNumericCellValue()).isZero();
			assertThat(trend.getRow(4).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JAN_14);
		}
	}

}
