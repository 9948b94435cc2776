package news.tenor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import news.tenor.report.Table.Column;
import news.tenor.scoring.Sentiment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The numbers behind the trend chart: first one row per day of the period for all
 * categories together (every day, so a quiet day shows as a gap, not as a missing point),
 * then one row per day and category that had articles. Filter Category to see one.
 */
final class TrendSheet {

	static final String NAME = "Trend";

	static final String ALL = "All categories";

	static final List<Column> COLUMNS;

	static final int DATE = 0;

	static final int COMMENTS = 3;

	static final int MEAN_SCORE = 5;

	static {
		List<Column> columns = new ArrayList<>(
				List.of(Column.number("Date", 11), Column.text("Category", 18), Column.number("Articles", 9),
						Column.number("Comments", 10), Column.number("Scored", 9), Column.score("Mean score", 9),
						Column.score("Vote-weighted score", 10), Column.score("Net sentiment", 10)));
		for (Sentiment sentiment : Sentiment.values()) {
			columns.add(Column.number(sentiment.label(), 9));
		}
		COLUMNS = List.copyOf(columns);
	}

	/**
	 * The rows of the all-categories block, which the trend chart plots, with their
	 * values for the chart's cache.
	 *
	 * @param firstRow first Excel row (1-based) of the block
	 */
	record Daily(String sheet, int firstRow, List<LocalDate> days, List<Long> comments, List<Double> meanScores) {

		int lastRow() {
			return this.firstRow + this.days.size() - 1;
		}

		/**
		 * The absolute reference of one column of the block, e.g.
		 * {@code Trend!$D$2:$D$32}.
		 */
		String reference(int column) {
			return new CellRangeAddress(this.firstRow - 1, lastRow() - 1, column, column).formatAsString(this.sheet,
					true);
		}

		CellReference header(int column) {
			return new CellReference(this.sheet, 0, column, true, true);
		}

		boolean isEmpty() {
			return this.days.isEmpty();
		}

	}

	private TrendSheet() {
	}

	static Daily write(SXSSFWorkbook workbook, Styles styles, ReportFigures figures, Period period, int maxRows) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
		List<LocalDate> days = new ArrayList<>();
		List<Long> comments = new ArrayList<>();
		List<Double> meanScores = new ArrayList<>();
		if (period != null) {
			period.dates().forEach(day -> {
				Tally tally = figures.day(day);
				row(table.next(), styles, day, ALL, tally);
				// the chart plots what fits on the first sheet
				if (table.rows() < maxRows) {
					days.add(day);
					comments.add(tally.comments());
					meanScores.add(tally.meanScore());
				}
			});
		}
		for (Map.Entry<LocalDate, NavigableMap<String, Tally>> day : figures.byDayAndCategory().entrySet()) {
			for (Map.Entry<String, Tally> category : day.getValue().entrySet()) {
				row(table.next(), styles, day.getKey(), category.getKey(), category.getValue());
			}
		}
		table.finish();
		return new Daily(Table.sheetName(NAME, 1), 2, days, comments, meanScores);
	}

	private static void row(Row row, Styles styles, LocalDate day, String category, Tally tally) {
		Cells.date(row, DATE, day, styles.date);
		Cells.text(row, 1, category, styles.text);
		Cells.number(row, 2, tally.articles(), styles.integer);
		Cells.number(row, COMMENTS, tally.comments(), styles.integer);
		Cells.number(row, 4, tally.scored(), styles.integer);
		Cells.number(row, MEAN_SCORE, tally.meanScore(), styles.score);
		Cells.number(row, 6, tally.voteWeightedScore(), styles.score);
		Cells.number(row, 7, tally.netSentiment(), styles.percent);
		int c = 8;
		for (Sentiment sentiment : Sentiment.values()) {
			Cells.number(row, c++, tally.share(sentiment), styles.percent);
		}
	}

}
