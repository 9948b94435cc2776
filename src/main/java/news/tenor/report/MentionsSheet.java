package news.tenor.report;

import java.util.List;

import news.tenor.report.Table.Column;
import news.tenor.scoring.Sentiment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per comment and entity it names (Person, Organisation, Place), in the order of
 * the Comments sheet: the entity's one name over the run, how the comment wrote it, and
 * the comment's sentiment toward it (not the comment's own score), with a link to the
 * comment. Streamed; each entity's figures are gathered on the way.
 */
final class MentionsSheet {

	static final String NAME = "Mentions";

	static final String LINK_LABEL = "Show comment";

	static final List<Column> COLUMNS = List.of(Column.text("Title", 40), Column.number("Published", 11),
			Column.number("Comment #", 10), Column.text("Name", 26), Column.text("Type", 13),
			Column.text("As written", 26), Column.score("Score", 8), Column.text("Sentiment", 13),
			Column.text("Comment link", 14));

	private MentionsSheet() {
	}

	static Table write(SXSSFWorkbook workbook, Styles styles, ReportQueries queries, ReportScope scope, int maxRows,
			CommentRows comments, ReportFigures figures) {
		Table table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
		table.start();
		queries.mentions(scope, m -> {
			CellLink link = comments.link(m.commentId());
			figures.addMention(m, link);
			Row row = table.next();
			Cells.text(row, 0, m.title(), styles.text);
			Cells.date(row, 1, m.published(), styles.date);
			Cells.number(row, 2, m.position(), styles.integer);
			Cells.text(row, 3, m.name(), styles.text);
			Cells.text(row, 4, m.type().label(), styles.text);
			Cells.text(row, 5, m.asWritten(), styles.text);
			Cells.number(row, 6, m.score(), styles.score);
			Cells.text(row, 7, m.label() == null ? null : Sentiment.ofClass(m.label()).label(), styles.text);
			if (link != null) {
				Cells.formulaLink(row, 8, LINK_LABEL, link, styles);
			}
		});
		table.finish();
		return table;
	}

}
