package news.tenor.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import news.tenor.report.Table.Column;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * How the workbook was made, one fact per row (section, item, value) so it filters like
 * the other sheets: the job and its parameters, each step's times, the counts, what the
 * report covers, the scoring settings and the versions.
 */
final class RunSheet {

	static final String NAME = "Run";

	static final List<Column> COLUMNS = List.of(Column.text("Section", 12), Column.text("Item", 42),
			Column.text("Value", 50), Column.number("Started", 20), Column.number("Ended", 20),
			Column.number("Duration (s)", 12));

	private RunSheet() {
	}

	/**
	 * @param written when the workbook was written: the end of the report step so far (to
	 * the nanosecond: the report step began less than a second earlier, and a time cut to
	 * the second would put its end before its start)
	 * @param report what the report covers, as shown on its sheets
	 */
	static Table write(SXSSFWorkbook workbook, Styles styles, RunSummary run, LocalDateTime written,
			Map<String, Object> report) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, Table.EXCEL_MAX_ROWS);
		fact(table, styles, "Job", "Name", run.jobName());
		fact(table, styles, "Job", "Instance", run.jobInstanceId());
		fact(table, styles, "Job", "Execution", run.jobExecutionId());
		fact(table, styles, "Job", "Attempt", run.attempt());
		timed(table, styles, "Job", "This execution", "running: writing this workbook", run.started(), null, written);
		fact(table, styles, "Job", "Workbook written", written);
		run.parameters().forEach((name, value) -> fact(table, styles, "Parameter", name, value));
		for (RunSummary.StepTime step : run.steps()) {
			timed(table, styles, "Step", step.step(),
					step.ended() == null ? step.status() + ": writing this workbook" : step.status(), step.started(),
					step.ended(), written);
		}
		run.counts().forEach((name, value) -> fact(table, styles, "Count", name, value));
		report.forEach((name, value) -> fact(table, styles, "Report", name, value));
		run.settings().forEach((name, value) -> fact(table, styles, "Setting", name, value));
		run.versions().forEach((name, value) -> fact(table, styles, "Version", name, value));
		table.finish();
		return table;
	}

	private static void fact(Table table, Styles styles, String section, String item, Object value) {
		Row row = table.next();
		Cells.text(row, 0, section, styles.text);
		Cells.text(row, 1, item, styles.text);
		Cells.value(row, 2, value, styles);
	}

	private static void timed(Table table, Styles styles, String section, String item, String status,
			LocalDateTime started, LocalDateTime ended, LocalDateTime written) {
		Row row = table.next();
		Cells.text(row, 0, section, styles.text);
		Cells.text(row, 1, item, styles.text);
		Cells.text(row, 2, status, styles.text);
		Cells.dateTime(row, 3, started, styles.dateTime);
		Cells.dateTime(row, 4, ended, styles.dateTime);
		if (started != null) {
			Duration took = Duration.between(started, ended != null ? ended : written);
			Cells.number(row, 5, took.toMillis() / 1000.0, styles.seconds);
		}
	}

}
