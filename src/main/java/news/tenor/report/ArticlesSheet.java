package news.tenor.report;

import java.util.ArrayList;
import java.util.List;

import news.tenor.report.Table.Column;
import news.tenor.scoring.Sentiment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per article of the report: its date, source and category, its comments' votes
 * and sentiment, and a link to its rows in the Comments sheet. The Overview's and Trend's
 * figures are gathered on the way.
 */
final class ArticlesSheet {

	static final String NAME = "Articles";

	static final String LINK_LABEL = "Show comments";

	static final List<Column> COLUMNS;

	static {
		List<Column> columns = new ArrayList<>(List.of(Column.text("Title", 60), Column.number("Published", 11),
				Column.text("Source", 16), Column.text("Category", 14), Column.number("Comments", 10),
				Column.number("Scored", 8), Column.number("Up", 7), Column.number("Down", 7), Column.score("Score", 8),
				Column.score("Vote-weighted score", 10), Column.score("Net sentiment", 10),
				Column.number("Controversy", 11)));
		for (Sentiment sentiment : Sentiment.values()) {
			columns.add(Column.number(sentiment.label(), 9));
		}
		columns.add(Column.text("Comments link", 15));
		COLUMNS = List.copyOf(columns);
	}

	private ArticlesSheet() {
	}

	/**
	 * Writes the sheet and adds every article to the figures.
	 * @param maxRows rows per sheet, which decides where each article's comments land
	 */
	static Table write(SXSSFWorkbook workbook, Styles styles, ReportQueries queries, ReportScope scope,
			ReportFigures figures, int maxRows) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
		long[] commentsBefore = { 0 };
		queries.articles(scope, article -> {
			Tally tally = article.tally();
			CellLink comments = tally.comments() == 0 ? null
					: Table.locate(CommentsSheet.NAME, commentsBefore[0], maxRows);
			commentsBefore[0] += tally.comments();
			figures.add(article, comments);

			Row row = table.next();
			Cells.text(row, 0, article.title(), styles.text);
			Cells.date(row, 1, article.published(), styles.date);
			Cells.text(row, 2, article.source(), styles.text);
			Cells.text(row, 3, article.category(), styles.text);
			Cells.number(row, 4, tally.comments(), styles.integer);
			Cells.number(row, 5, tally.scored(), styles.integer);
			Cells.number(row, 6, tally.up(), styles.integer);
			Cells.number(row, 7, tally.down(), styles.integer);
			Cells.number(row, 8, tally.meanScore(), styles.score);
			Cells.number(row, 9, tally.voteWeightedScore(), styles.score);
			Cells.number(row, 10, tally.netSentiment(), styles.percent);
			Cells.number(row, 11, article.controversy(), styles.score);
			int c = 12;
			for (Sentiment sentiment : Sentiment.values()) {
				Cells.number(row, c++, tally.share(sentiment), styles.percent);
			}
			if (comments != null) {
				Cells.link(row, c, LINK_LABEL, comments, styles);
			}
		});
		table.finish();
		return table;
	}

}
