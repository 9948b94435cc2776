package news.tenor.report;

import java.util.ArrayList;
import java.util.List;

import news.tenor.report.Table.Column;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.SentimentStatistics;

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
				Column.number("Score 95% from", 9), Column.number("Score 95% to", 9),
				Column.number("Net sentiment 95% from", 10), Column.number("Net sentiment 95% to", 10),
				Column.number("Controversy", 11)));
		for (Sentiment sentiment : Sentiment.values()) {
			columns.add(Column.number(sentiment.label(), 9));
		}
		columns.add(Column.text("Comments link", 15));
		columns.add(Column.text("Note", 28));
		COLUMNS = List.copyOf(columns);
	}

	private ArticlesSheet() {
	}

	/**
	 * Writes the sheet as the comments stream to the Comments sheet, one row as each
	 * article's comments end, adding every article to the figures: the comments are read
	 * once for both sheets.
	 */
	static final class Writer {

		private final Table table;

		private final Styles styles;

		private final ReportFigures figures;

		private final int maxRows;

		private long commentsBefore;

		private ReportQueries.CommentRow article;

		private Tally tally;

		/**
		 * Scored comments so far and the running mean and squared deviations (Welford).
		 */
		private long scores;

		private double mean;

		private double squares;

		/**
		 * @param maxRows rows per sheet, which decides where each article's comments land
		 */
		Writer(SXSSFWorkbook workbook, Styles styles, ReportFigures figures, int maxRows) {
			this.table = new Table(workbook, styles, NAME, COLUMNS, maxRows);
			this.table.start();
			this.styles = styles;
			this.figures = figures;
			this.maxRows = maxRows;
		}

		/** Adds a comment (or an article without comments) of the stream. */
		void add(ReportQueries.CommentRow row) {
			if (this.article == null || this.article.articleId() != row.articleId()) {
				finishArticle();
				this.article = row;
				this.tally = Tally.ofArticle();
				this.scores = 0;
				this.mean = 0;
				this.squares = 0;
			}
			if (row.hasComment()) {
				this.tally.addComment(row.up(), row.down(), row.label(), row.score(), row.sentences(), row.unscored(),
						row.notEnglish());
				if (row.score() != null) {
					this.scores++;
					double delta = row.score() - this.mean;
					this.mean += delta / this.scores;
					this.squares += delta * (row.score() - this.mean);
				}
			}
		}

		/** Writes the last article and finishes the sheet. */
		Table finish() {
			finishArticle();
			this.table.finish();
			return this.table;
		}

		private void finishArticle() {
			if (this.article == null) {
				return;
			}
			ReportQueries.CommentRow a = this.article;
			Tally tally = this.tally;
			// the population standard deviation of the comment scores
			Double controversy = tally.scored() < 2 ? null : Math.sqrt(this.squares / this.scores);
			ReportQueries.ArticleRow article = new ReportQueries.ArticleRow(a.articleId(), a.title(), a.published(),
					a.source(), a.category(), tally, controversy);
			CellLink comments = tally.comments() == 0 ? null
					: Table.locate(CommentsSheet.NAME, this.commentsBefore, this.maxRows);
			this.commentsBefore += tally.comments();
			this.figures.add(article, comments);

			Styles styles = this.styles;
			Row row = this.table.next();
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
			SentimentStatistics.Interval score = tally.meanScoreInterval();
			SentimentStatistics.Interval net = tally.netSentimentInterval();
			if (score != null) {
				Cells.number(row, 11, score.low(), styles.score);
				Cells.number(row, 12, score.high(), styles.score);
				Cells.number(row, 13, net.low(), styles.percent);
				Cells.number(row, 14, net.high(), styles.percent);
			}
			Cells.number(row, 15, article.controversy(), styles.score);
			int c = 16;
			for (Sentiment sentiment : Sentiment.values()) {
				Cells.number(row, c++, tally.share(sentiment), styles.percent);
			}
			if (comments != null) {
				Cells.link(row, c, LINK_LABEL, comments, styles);
			}
			// what ingest cut: a title or body over its limit
			Cells.text(row, c + 1, a.articleNote(), styles.wrapped);
			this.article = null;
		}

	}

}
