package news.tenor.report;

import java.util.List;

import news.tenor.report.Table.Column;
import news.tenor.scoring.calibration.SentimentStatistics;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per person, organisation and place the report's readers named, most named
 * first: in how many articles and comments, how often, the comments' mean sentiment
 * toward it and their net sentiment with its 95% interval (each comment counts once, as
 * for the report's comments), the most positive and most negative comment about it
 * (linked) and the first and last day it was named.
 */
final class EntitiesSheet {

	static final String NAME = "People, organisations, places";

	static final List<Column> COLUMNS = List.of(Column.text("Name", 28), Column.text("Type", 13),
			Column.number("Articles", 9), Column.number("Comments", 10), Column.number("Mentions", 10),
			Column.number("Scored", 8), Column.score("Mean score", 9), Column.score("Net sentiment", 10),
			Column.number("Net sentiment 95% from", 10), Column.number("Net sentiment 95% to", 10),
			Column.text("Most positive comment", 40), Column.score("Most positive score", 9),
			Column.text("Most negative comment", 40), Column.score("Most negative score", 9),
			Column.number("First mentioned", 11), Column.number("Last mentioned", 11));

	private EntitiesSheet() {
	}

	static Table write(SXSSFWorkbook workbook, Styles styles, ReportFigures figures, int maxRows) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
		table.start();
		for (EntityTally entity : figures.entitiesByMentions()) {
			Tally tally = entity.tally();
			Row row = table.next();
			Cells.text(row, 0, entity.name(), styles.text);
			Cells.text(row, 1, entity.type().label(), styles.text);
			Cells.number(row, 2, entity.articles(), styles.integer);
			Cells.number(row, 3, entity.comments(), styles.integer);
			Cells.number(row, 4, entity.mentions(), styles.integer);
			Cells.number(row, 5, tally.scored(), styles.integer);
			Cells.number(row, 6, tally.meanScore(), styles.score);
			Cells.number(row, 7, tally.netSentiment(), styles.percent);
			SentimentStatistics.Interval net = tally.netSentimentInterval();
			if (net != null) {
				Cells.number(row, 8, net.low(), styles.percent);
				Cells.number(row, 9, net.high(), styles.percent);
			}
			extreme(row, 10, entity.mostPositive(), styles);
			extreme(row, 12, entity.mostNegative(), styles);
			Cells.date(row, 14, entity.first(), styles.date);
			Cells.date(row, 15, entity.last(), styles.date);
		}
		table.finish();
		return table;
	}

	private static void extreme(Row row, int column, EntityTally.Extreme comment, Styles styles) {
		if (comment == null) {
			return;
		}
		String label = "Comment " + comment.position() + ": " + shorten(comment.title());
		if (comment.link() != null) {
			Cells.link(row, column, label, comment.link(), styles);
		}
		else {
			Cells.text(row, column, label, styles.text);
		}
		Cells.number(row, column + 1, comment.score(), styles.score);
	}

	private static String shorten(String title) {
		return title.length() <= 60 ? title : title.substring(0, 59).strip() + "\u2026";
	}

}
