package news.tenor.report;

import java.util.ArrayList;
import java.util.List;

import news.tenor.report.Table.Column;
import news.tenor.scoring.Sentiment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per comment, in the order of the Articles sheet: votes, sentiment, the comment
 * as written and split into the commenter's own words (what was scored) and what it
 * quotes, and a note on anything that makes its score partial. Streamed, and continued on
 * further sheets past Excel's row limit.
 */
final class CommentsSheet {

	static final String NAME = "Comments";

	/** Lines of wrapped text a row shows at most; the cell holds the whole comment. */
	static final int MAX_LINES = 6;

	static final float LINE_HEIGHT = 15f;

	static final List<Column> COLUMNS = List.of(Column.text("Title", 40), Column.number("Published", 11),
			Column.text("Category", 14), Column.number("Comment #", 10), Column.number("Net votes", 9),
			Column.number("Up", 6), Column.number("Down", 6), Column.text("Sentiment", 13), Column.score("Score", 8),
			Column.text("Text", 60), Column.text("Own words", 50), Column.text("Quoted", 40),
			Column.text("Quoted from", 14), Column.number("Sentences", 10), Column.number("Unscored sentences", 10),
			Column.text("Note", 28), Column.text("Language", 12));

	private static final int TEXT = 9;

	private CommentsSheet() {
	}

	/**
	 * Writes the sheet, passing every row of the stream (articles without comments too)
	 * to the Articles sheet on the way.
	 */
	static Table write(SXSSFWorkbook workbook, Styles styles, ReportQueries queries, ReportScope scope, int maxRows,
			ArticlesSheet.Writer articles) {
		return write(workbook, styles, queries, scope, maxRows, articles, null);
	}

	/**
	 * Writes the sheet as
	 * {@link #write(SXSSFWorkbook, Styles, ReportQueries, ReportScope, int, ArticlesSheet.Writer)}
	 * does, recording where the comments that name an entity land.
	 */
	static Table write(SXSSFWorkbook workbook, Styles styles, ReportQueries queries, ReportScope scope, int maxRows,
			ArticlesSheet.Writer articles, CommentRows rows) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
		table.start();
		queries.comments(scope, c -> {
			articles.add(c);
			if (!c.hasComment()) {
				return;
			}
			Row row = table.next();
			if (rows != null) {
				rows.written(c.commentId(), table.rows() - 1);
			}
			Cells.text(row, 0, c.title(), styles.text);
			Cells.date(row, 1, c.published(), styles.date);
			Cells.text(row, 2, c.category(), styles.text);
			Cells.number(row, 3, c.position(), styles.integer);
			Cells.number(row, 4, c.net(), styles.integer);
			Cells.number(row, 5, c.up(), styles.integer);
			Cells.number(row, 6, c.down(), styles.integer);
			Cells.text(row, 7, c.label() == null ? null : Sentiment.ofClass(c.label()).label(), styles.text);
			Cells.number(row, 8, c.score(), styles.score);
			Cells.text(row, TEXT, c.text(), styles.wrapped);
			Cells.text(row, TEXT + 1, c.ownText(), styles.wrapped);
			Cells.text(row, TEXT + 2, c.quotedText(), styles.wrapped);
			Cells.text(row, 12, c.quotes(), styles.text);
			Cells.number(row, 13, c.sentences(), styles.integer);
			Cells.number(row, 14, c.unscored(), styles.integer);
			Cells.text(row, 15, note(c), styles.wrapped);
			Cells.text(row, 16, c.languages(), styles.text);
			int lines = Math.max(lines(c.text(), COLUMNS.get(TEXT).width()),
					Math.max(lines(c.ownText(), COLUMNS.get(TEXT + 1).width()),
							lines(c.quotedText(), COLUMNS.get(TEXT + 2).width())));
			if (lines > 1) {
				row.setHeightInPoints(Math.min(lines, MAX_LINES) * LINE_HEIGHT);
			}
		});
		table.finish();
		return table;
	}

	/**
	 * What makes a comment's score partial or its row incomplete; {@code null}: nothing.
	 */
	static String note(ReportQueries.CommentRow c) {
		List<String> notes = new ArrayList<>(3);
		if (c.notInEnglish()) {
			notes.add("not in English (" + c.languages() + "): kept, not scored");
		}
		else {
			if (c.notEnglish() > 0) {
				notes.add(c.notEnglish() + " of " + c.sentences() + " sentences not in English (" + c.languages()
						+ "): the English ones scored");
			}
			if (!c.scoreKnown()) {
				notes.add("not scored with this model");
			}
			else if (c.ownText() == null) {
				notes.add("no own words (only quotes or links)");
			}
			else if (c.unscored() > 0) {
				int english = c.sentences() - c.notEnglish();
				notes.add(c.unscored() == english ? "no sentence could be scored"
						: c.unscored() + (c.unscored() == 1 ? " sentence" : " sentences") + " unscored");
			}
		}
		if (c.note() != null) {
			// what ingest found: a vote line it could not read, a text cut at its limit
			notes.add(c.note());
		}
		if (c.net() == null && (c.note() == null || !c.note().contains("votes unknown"))) {
			notes.add("votes unknown");
		}
		if (Cells.tooLong(c.text()) || Cells.tooLong(c.ownText()) || Cells.tooLong(c.quotedText())) {
			notes.add("text cut at Excel's cell limit");
		}
		return notes.isEmpty() ? null : String.join("; ", notes);
	}

	/**
	 * Lines a text takes wrapped in a column of the given width (in widths of the digit 0
	 * of Excel's default font; prose runs about a quarter narrower).
	 */
	static int lines(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		int perLine = Math.max(1, width * 5 / 4);
		int lines = 0;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			lines += Math.max(1, (end - start + perLine - 1) / perLine);
			if (lines >= MAX_LINES) {
				return lines;
			}
			start = end + 1;
		}
		return lines;
	}

}
