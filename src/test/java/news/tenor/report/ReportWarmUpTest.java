package news.tenor.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up ignores its failures (the report step meets them again), so this test is
 * what says it works: it draws every sheet and chart a report has.
 */
class ReportWarmUpTest {

	@Test
	void theWarmUpWritesAWholeWorkbookWithChartsFromItsOwnDatabase() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportWarmUp.run(out);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> names = new ArrayList<>();
			book.forEach(s -> names.add(s.getSheetName()));
			assertThat(names).containsExactly("Overview", "Articles", "Comments", "Mentions",
					"People, organisations, places", "Trend", "Rejected", "Run");
			assertThat(book.getSheet("Articles").getLastRowNum()).isEqualTo(2);
			assertThat(book.getSheet("Comments").getLastRowNum()).isEqualTo(6);
			assertThat(book.getSheet("Rejected").getLastRowNum()).isEqualTo(1);
			assertThat(book.getSheet("Overview").getDrawingPatriarch().getCharts()).hasSize(4);
			assertThat(book.getSheet("Mentions").getLastRowNum()).isEqualTo(6);
		}
	}

}
