package news.tenor.report;

import java.util.List;

import news.tenor.report.Table.Column;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every input of the run that did not become an article, with where it is and why; a run
 * without rejects still gets the sheet and its header, so its absence is never a doubt.
 */
final class RejectedSheet {

	static final String NAME = "Rejected";

	static final List<Column> COLUMNS = List.of(Column.text("File", 60), Column.number("Line", 8),
			Column.text("Reason", 90));

	private RejectedSheet() {
	}

	static Table write(SXSSFWorkbook workbook, Styles styles, ReportQueries queries, long jobInstanceId, int maxRows) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
		queries.rejects(jobInstanceId, reject -> {
			Row row = table.next();
			Cells.text(row, 0, reject.location(), styles.text);
			Cells.number(row, 1, reject.line(), styles.integer);
			Cells.text(row, 2, reject.reason(), styles.wrapped);
		});
		table.finish();
		return table;
	}

}
