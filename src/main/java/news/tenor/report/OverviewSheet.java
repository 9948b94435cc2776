package news.tenor.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import news.tenor.run.RunScope;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.SentimentStatistics;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet an editor reads first: what the report covers, the headline figures against
 * the previous period, the articles that stand out, and charts of the sentiment mix, its
 * daily trend and its spread over categories. Small and written last (its figures are
 * gathered while the other sheets stream), on a plain XSSF sheet because charts need one.
 */
final class OverviewSheet {

	static final String NAME = "Overview";

	/** The first column of the charts, right of the tables. */
	static final int CHART_COLUMN = 10;

	static final int CHART_WIDTH = 10;

	/** Width of the first column, in characters. */
	static final int TITLE_WIDTH = 60;

	/** Characters of a title shown in the rankings. */
	static final int TITLE_CHARS = 72;

	/** Width of the other table columns, in characters. */
	static final int COLUMN_WIDTH = 13;

	/** Width of the columns right of the first one. */
	static final int TABLE_WIDTH = COLUMN_WIDTH * (CHART_COLUMN - 2);

	static final String MOST_MENTIONED = "Most mentioned people and organisations";

	static final String MOST_MENTIONED_CHART = "Most mentioned: net sentiment";

	private static final String THIS_PERIOD = "This period";

	private static final String PREVIOUS_PERIOD = "Previous period";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Everything the sheet shows. */
	record Content(ReportScope scope, Period period, ReportFigures figures, Comparison comparison,
			TrendSheet.Daily daily, List<String> commentSheets, int maxRows, RunSummary run, LocalDateTime written) {
	}

	/**
	 * A headline figure: its name, how it is read from a tally, and its formats; for the
	 * figures that are estimates (net sentiment, mean score), its 95% interval and the
	 * test of its change.
	 */
	private record Figure(String label, Function<Tally, Number> value, CellStyle style, CellStyle changeStyle,
			double changeFactor, Function<Tally, SentimentStatistics.Interval> interval,
			BiFunction<SentimentStatistics.Sample, SentimentStatistics.Sample, SentimentStatistics.Change> change) {

		Figure(String label, Function<Tally, Number> value, CellStyle style, CellStyle changeStyle,
				double changeFactor) {
			this(label, value, style, changeStyle, changeFactor, null, null);
		}

	}

	private final XSSFSheet sheet;

	private final Styles styles;

	private int next;

	private OverviewSheet(XSSFSheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	static void write(XSSFSheet sheet, Styles styles, Content content) {
		new OverviewSheet(sheet, styles).write(content);
	}

	private void write(Content c) {
		this.sheet.setColumnWidth(0, TITLE_WIDTH * 256);
		for (int col = 1; col < CHART_COLUMN - 1; col++) {
			this.sheet.setColumnWidth(col, COLUMN_WIDTH * 256);
		}
		this.sheet.setColumnWidth(CHART_COLUMN - 1, 3 * 256);
		this.sheet.setDisplayGridlines(false);
		Tally total = c.figures().total();

		Row title = row();
		title.setHeightInPoints(24);
		Cells.text(title, 0, "How readers reacted" + (c.period() == null ? "" : ": " + c.period()), this.styles.title);
		Cells.text(row(), 0,
				String.format("%,d %s on %,d %s. Job %s, instance %d, workbook written %s.", total.comments(),
						total.comments() == 1 ? "comment" : "comments", total.articles(),
						total.articles() == 1 ? "article" : "articles", c.run().jobName(), c.run().jobInstanceId(),
						MINUTE.format(c.written())),
				this.styles.note);
		this.next++;

		scope(c);
		int[] distribution = headline(c);
		int[] categories = byCategory(c);
		for (Ranking ranking : c.figures().rankings()) {
			ranking(ranking);
		}
		int[] mentioned = mostMentioned(c);
		charts(c, distribution, categories, mentioned);

		this.sheet.setFitToPage(true);
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		this.sheet.getPrintSetup().setFitWidth((short) 1);
		this.sheet.getPrintSetup().setFitHeight((short) 0);
	}

	/** How the scores were made, as the Scope says it. */
	private static String scoring(ReportScope scope) {
		return (scope.model().contains("/calibrated-")
				? "Tenor's calibrated score on Stanford CoreNLP's analysis (English sentences only)"
				: "Stanford CoreNLP sentiment") + ", " + scope.model()
				+ "; a score runs from -1 (very negative) to 1 (very positive)";
	}

	private void scope(Content c) {
		section("Scope");
		Row period = row();
		Cells.text(period, 0, "Period", this.styles.bold);
		if (c.period() != null) {
			Cells.date(period, 1, c.period().from(), this.styles.date);
			Cells.date(period, 2, c.period().to(), this.styles.date);
			Cells.number(period, 3, c.period().days(), this.styles.integer);
			Cells.text(period, 4,
					(c.period().days() == 1 ? "day" : "days") + ", "
							+ (c.scope().run().from() != null || c.scope().run().to() != null ? "the job's window"
									: "from the first to the last article read"),
					this.styles.note);
		}
		fact("Sources", Comparison.names(List.copyOf(c.figures().sources())));
		fact("Categories", Comparison.names(List.copyOf(c.figures().byCategory().keySet())));
		fact("Filters", filters(c.scope().run()));
		fact("Compared with", c.comparison().basis());
		fact("Scoring", scoring(c.scope()));
		if (c.figures().total().notInEnglish() > 0) {
			fact("Not in English",
					String.format("%,d %s not in English: kept, not scored, left out of every figure",
							c.figures().total().notInEnglish(),
							c.figures().total().notInEnglish() == 1 ? "comment" : "comments"));
		}
		if (c.commentSheets().size() > 1) {
			fact("Comments", String.format("on %d sheets (%s): a sheet holds at most %,d rows",
					c.commentSheets().size(), String.join(", ", c.commentSheets()), c.maxRows() - 1));
		}
		this.next++;
	}

	private static String filters(RunScope scope) {
		if (!scope.filtered()) {
			return "none: everything the run read";
		}
		List<String> filters = new ArrayList<>();
		if (scope.from() != null || scope.to() != null) {
			filters.add("published " + (scope.from() == null ? "until " + scope.to()
					: scope.to() == null ? "from " + scope.from() : scope.from() + " to " + scope.to()));
		}
		if (!scope.sources().isEmpty()) {
			filters.add("sources " + String.join(", ", scope.sources()));
		}
		if (!scope.categories().isEmpty()) {
			filters.add("categories " + String.join(", ", scope.categories()));
		}
		return String.join("; ", filters);
	}

	/**
	 * The headline table, then the distribution table; returns the latter's data rows.
	 */
	private int[] headline(Content c) {
		Tally now = c.figures().total();
		Tally before = c.comparison().tally();
		section("Headline figures");
		header("Figure", "This period", "Previous period", "Change", "95% interval: from", "to", "The change is");
		List<Figure> figures = new ArrayList<>(
				List.of(new Figure("Articles", Tally::articles, this.styles.integer, this.styles.signedInteger, 1),
						new Figure("Comments", Tally::comments, this.styles.integer, this.styles.signedInteger, 1),
						new Figure("Comments scored", Tally::scored, this.styles.integer, this.styles.signedInteger, 1),
						new Figure("Own-text sentences scored", Tally::sentencesScored, this.styles.integer,
								this.styles.signedInteger, 1),
						new Figure("Net sentiment (% positive − % negative)", Tally::netSentiment, this.styles.percent,
								this.styles.signedPoints, 100, Tally::netSentimentInterval,
								SentimentStatistics::netSentimentChange),
						new Figure("Mean score", Tally::meanScore, this.styles.score, this.styles.signedScore, 1,
								Tally::meanScoreInterval, SentimentStatistics::meanScoreChange),
						new Figure("Vote-weighted score", Tally::voteWeightedScore, this.styles.score,
								this.styles.signedScore, 1)));
		if (now.notInEnglish() > 0 || (before != null && before.notInEnglish() > 0)) {
			figures.add(new Figure("Comments not in English (kept, not scored)", Tally::notInEnglish,
					this.styles.integer, this.styles.signedInteger, 1));
		}
		int first = this.next;
		for (Figure figure : figures) {
			Row row = row();
			Cells.text(row, 0, figure.label(), this.styles.text);
			Number value = figure.value().apply(now);
			Cells.number(row, 1, value, figure.style());
			if (before != null) {
				Number previous = figure.value().apply(before);
				Cells.number(row, 2, previous, figure.style());
				if (value != null && previous != null) {
					Cells.number(row, 3, (value.doubleValue() - previous.doubleValue()) * figure.changeFactor(),
							figure.changeStyle());
					if (figure.change() != null) {
						SentimentStatistics.Change change = figure.change().apply(before.sample(), now.sample());
						Cells.text(row, 6, change.beyondNoise() ? "beyond noise" : "within noise", this.styles.text);
					}
				}
			}
			SentimentStatistics.Interval interval = figure.interval() == null ? null : figure.interval().apply(now);
			if (interval != null) {
				Cells.number(row, 4, interval.low(), figure.style());
				Cells.number(row, 5, interval.high(), figure.style());
			}
		}
		ColourScale.apply(this.sheet, new CellRangeAddress(first + 4, first + 6, 1, 2));
		Cells.text(row(), 0,
				"95% interval: the range the figure would fall in nineteen times out of twenty, "
						+ "had other readers of the same articles commented; a change within noise could be chance.",
				this.styles.note);
		this.next++;

		section("Sentiment of comments");
		List<String> headers = new ArrayList<>(List.of("Period"));
		for (Sentiment sentiment : Sentiment.values()) {
			headers.add(sentiment.label());
		}
		headers.add("Comments scored");
		header(headers.toArray(String[]::new));
		int start = this.next;
		distribution(THIS_PERIOD, now);
		if (before != null) {
			distribution(PREVIOUS_PERIOD, before);
		}
		int end = this.next - 1;
		this.next++;
		return new int[] { start, end };
	}

	private void distribution(String label, Tally tally) {
		Row row = row();
		Cells.text(row, 0, label, this.styles.text);
		for (Sentiment sentiment : Sentiment.values()) {
			Cells.number(row, 1 + sentiment.ordinal(), tally.share(sentiment), this.styles.percent);
		}
		Cells.number(row, 6, tally.scored(), this.styles.integer);
	}

	/** The category table, by number of comments; returns its data rows. */
	private int[] byCategory(Content c) {
		section("By category");
		header("Category", "Articles", "Comments", "Scored", "Mean score", "Vote-weighted score", "Net sentiment",
				"Net sentiment 95%: from", "to");
		int start = this.next;
		for (Map.Entry<String, Tally> category : c.figures().categoriesByComments()) {
			Tally tally = category.getValue();
			Row row = row();
			Cells.text(row, 0, category.getKey(), this.styles.text);
			Cells.number(row, 1, tally.articles(), this.styles.integer);
			Cells.number(row, 2, tally.comments(), this.styles.integer);
			Cells.number(row, 3, tally.scored(), this.styles.integer);
			Cells.number(row, 4, tally.meanScore(), this.styles.score);
			Cells.number(row, 5, tally.voteWeightedScore(), this.styles.score);
			Cells.number(row, 6, tally.netSentiment(), this.styles.percent);
			SentimentStatistics.Interval net = tally.netSentimentInterval();
			if (net != null) {
				Cells.number(row, 7, net.low(), this.styles.percent);
				Cells.number(row, 8, net.high(), this.styles.percent);
			}
		}
		int end = this.next - 1;
		if (end >= start) {
			ColourScale.apply(this.sheet, new CellRangeAddress(start, end, 4, 6));
		}
		this.next++;
		return new int[] { start, end };
	}

	/**
	 * A note beside a section's title, wrapped within the tables' columns so that it
	 * never runs under the charts beside them.
	 */
	private void titleNote(Row title, String text) {
		Cells.text(title, 1, text, this.styles.wrappedNote);
		this.sheet.addMergedRegion(new CellRangeAddress(title.getRowNum(), title.getRowNum(), 1, CHART_COLUMN - 2));
		// the tables' columns hold about 100 characters of a note a line
		title.setHeightInPoints(Math.max(18, 13 * (text.length() / 95 + 1)));
	}

	private void ranking(Ranking ranking) {
		Row title = row();
		title.setHeightInPoints(18);
		Cells.text(title, 0, ranking.title(), this.styles.section);
		if (ranking.shrunken()) {
			double mean = Math.abs(ranking.shrinkage().grandMean()) < 0.005 ? 0 : ranking.shrinkage().grandMean();
			double prior = ranking.shrinkage().priorComments();
			titleNote(title, String.format(Locale.ROOT,
					"ranked by the mean score, pulled towards the average of all articles (%+.2f) as far as few "
							+ "comments leave it uncertain: as if each article had %s more comments of average score",
					mean, prior == Math.rint(prior) ? String.format(Locale.ROOT, "%.0f", prior)
							: String.format(Locale.ROOT, "%.1f", prior)));
		}
		else if (ranking.preferredScored() > 1) {
			titleNote(title,
					ranking.toppedUp()
							? "articles with fewer than " + ranking.preferredScored()
									+ " scored comments are included: too few have more"
							: "articles with at least " + ranking.preferredScored() + " scored comments");
		}
		header("Article (link to its comments)", "Published", "Category", "Comments", "Score", "Vote-weighted score",
				"Controversy", ranking.shrunken() ? "Ranked score" : null);
		List<Ranking.Entry> top = ranking.top();
		int start = this.next;
		for (Ranking.Entry entry : top) {
			ReportQueries.ArticleRow article = entry.article();
			Row row = row();
			// one line: LibreOffice does not wrap a hyperlink; the Articles sheet has the
			// full title
			String shown = article.title().length() > TITLE_CHARS
					? article.title().substring(0, TITLE_CHARS - 1).strip() + "\u2026" : article.title();
			if (entry.comments() != null) {
				Cells.link(row, 0, shown, entry.comments(), this.styles);
			}
			else {
				Cells.text(row, 0, shown, this.styles.text);
			}
			Cells.date(row, 1, article.published(), this.styles.date);
			Cells.text(row, 2, ReportFigures.category(article.category()), this.styles.text);
			Cells.number(row, 3, article.tally().comments(), this.styles.integer);
			Cells.number(row, 4, article.tally().meanScore(), this.styles.score);
			Cells.number(row, 5, article.tally().voteWeightedScore(), this.styles.score);
			Cells.number(row, 6, article.controversy(), this.styles.score);
			if (entry.ranked() != null) {
				Cells.number(row, 7, entry.ranked(), this.styles.score);
			}
		}
		if (top.isEmpty()) {
			Cells.text(row(), 0, "no article qualifies", this.styles.note);
		}
		else {
			ColourScale.apply(this.sheet, new CellRangeAddress(start, this.next - 1, 4, 5));
		}
		this.next++;
	}

	/**
	 * The people and organisations most comments named, with the comments' net sentiment
	 * toward each, its interval, and its change from the previous period; returns the
	 * table's data rows (none: {@code null}).
	 */
	private int[] mostMentioned(Content c) {
		List<EntityTally> top = c.figures().mostMentioned(ReportFigures.MOST_MENTIONED);
		Row title = row();
		title.setHeightInPoints(18);
		Cells.text(title, 0, MOST_MENTIONED, this.styles.section);
		titleNote(title, "by the comments that name them; net sentiment of those comments toward each "
				+ "(not of the comments as a whole); places are on the sheet " + EntitiesSheet.NAME);
		header("Name (link to its row)", "Type", "Comments", "Net sentiment", "95% interval: from", "to",
				"Previous period", "Change", "The change is");
		int start = this.next;
		List<EntityTally> all = c.figures().entitiesByMentions();
		for (EntityTally entity : top) {
			Tally now = entity.tally();
			Row row = row();
			Cells.link(row, 0, entity.name(), Table.locate(EntitiesSheet.NAME, all.indexOf(entity), c.maxRows()),
					this.styles);
			Cells.text(row, 1, entity.type().label(), this.styles.text);
			Cells.number(row, 2, entity.comments(), this.styles.integer);
			Cells.number(row, 3, now.netSentiment(), this.styles.percent);
			SentimentStatistics.Interval interval = now.netSentimentInterval();
			if (interval != null) {
				Cells.number(row, 4, interval.low(), this.styles.percent);
				Cells.number(row, 5, interval.high(), this.styles.percent);
			}
			Tally before = c.figures().before(entity);
			if (before != null && before.scored() > 0 && now.scored() > 0) {
				Cells.number(row, 6, before.netSentiment(), this.styles.percent);
				Cells.number(row, 7, (now.netSentiment() - before.netSentiment()) * 100, this.styles.signedPoints);
				SentimentStatistics.Change change = SentimentStatistics.netSentimentChange(before.sample(),
						now.sample());
				Cells.text(row, 8, change.beyondNoise() ? "beyond noise" : "within noise", this.styles.text);
			}
			else if (c.comparison().available()) {
				Cells.text(row, 6, "not named", this.styles.note);
			}
		}
		if (top.isEmpty()) {
			Cells
				.text(row(), 0,
						c.scope().model().contains("/calibrated-") ? "no comment names a person or organisation"
								: "people and organisations are found with the calibrated scorer only",
						this.styles.note);
			this.next++;
			return null;
		}
		int end = this.next - 1;
		ColourScale.apply(this.sheet, new CellRangeAddress(start, end, 3, 3));
		this.next++;
		return new int[] { start, end };
	}

	/**
	 * The charts, from the same figures the tables show (each series also references the
	 * cells that hold them, so an analyst can follow a bar back to its number).
	 * @param distribution the first and last row of the sentiment table (this period,
	 * then the previous one if shown)
	 * @param categories the first and last row of the category table
	 */
	private void charts(Content c, int[] distribution, int[] categories, int[] mentioned) {
		XSSFDrawing drawing = this.sheet.createDrawingPatriarch();
		int top = 0;
		Tally now = c.figures().total();
		if (now.scored() > 0) {
			List<String> periods = new ArrayList<>(List.of(THIS_PERIOD));
			List<Tally> tallies = new ArrayList<>(List.of(now));
			if (c.comparison().tally() != null) {
				periods.add(PREVIOUS_PERIOD);
				tallies.add(c.comparison().tally());
			}
			List<Charts.Series> shares = new ArrayList<>();
			for (Sentiment sentiment : Sentiment.values()) {
				int col = 1 + sentiment.ordinal();
				Number[] values = tallies.stream().map(t -> t.share(sentiment)).toArray(Number[]::new);
				shares.add(new Charts.Series(sentiment.label(), cell(distribution[0] - 1, col), values,
						range(distribution[0], distribution[1], col)));
			}
			int height = 8 + 3 * periods.size();
			Charts.distribution(drawing, anchor(drawing, top, height), periods.toArray(String[]::new),
					range(distribution[0], distribution[1], 0), shares);
			top += height + 1;
		}
		if (!c.daily().isEmpty()) {
			Charts.trend(drawing, anchor(drawing, top, 20), c.daily());
			top += 21;
		}
		List<Map.Entry<String, Tally>> byCategory = c.figures().categoriesByComments();
		if (now.scored() > 0 && !byCategory.isEmpty()) {
			String[] names = byCategory.stream().map(Map.Entry::getKey).toArray(String[]::new);
			Number[] net = byCategory.stream().map(e -> e.getValue().netSentiment()).toArray(Number[]::new);
			int height = Math.max(10, 4 + names.length * 3 / 2);
			Charts.byCategory(drawing, anchor(drawing, top, height), names, range(categories[0], categories[1], 0),
					new Charts.Series("Net sentiment", cell(categories[0] - 1, 6), net,
							range(categories[0], categories[1], 6)));
			top += height + 1;
		}
		if (mentioned != null) {
			List<EntityTally> top10 = c.figures().mostMentioned(ReportFigures.MOST_MENTIONED);
			String[] names = top10.stream().map(EntityTally::name).toArray(String[]::new);
			Number[] net = top10.stream().map(e -> e.tally().netSentiment()).toArray(Number[]::new);
			Charts.netSentimentBars(drawing, anchor(drawing, top, Math.max(10, 4 + names.length * 3 / 2)),
					MOST_MENTIONED_CHART, names, range(mentioned[0], mentioned[1], 0), new Charts.Series(
							"Net sentiment", cell(mentioned[0] - 1, 3), net, range(mentioned[0], mentioned[1], 3)));
		}
	}

	private org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor(XSSFDrawing drawing, int row, int height) {
		return drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, row, CHART_COLUMN + CHART_WIDTH, row + height);
	}

	private String range(int firstRow, int lastRow, int column) {
		return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(NAME, true);
	}

	private CellReference cell(int row, int column) {
		return new CellReference(NAME, row, column, true, true);
	}

	private Row row() {
		return this.sheet.createRow(this.next++);
	}

	private void section(String title) {
		Row row = row();
		row.setHeightInPoints(18);
		Cells.text(row, 0, title, this.styles.section);
	}

	private void header(String... titles) {
		Row row = row();
		row.setHeightInPoints(30);
		for (int k = 0; k < titles.length; k++) {
			if (titles[k] != null) {
				Cells.text(row, k, titles[k], this.styles.header);
			}
		}
	}

	/** A label and a text spread over the table columns, wrapped. */
	private void fact(String label, String value) {
		Row row = row();
		Cells.text(row, 0, label, this.styles.bold);
		Cells.text(row, 1, value, this.styles.wrapped);
		this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, CHART_COLUMN - 2));
		lines(row, value, TABLE_WIDTH * 6 / 5);
	}

	/**
	 * Sets a row's height for a wrapped text (merged cells do not grow by themselves).
	 */
	private static void lines(Row row, String text, int width) {
		int lines = CommentsSheet.lines(text, width);
		if (lines > 1) {
			row.setHeightInPoints(Math.min(lines, 3) * CommentsSheet.LINE_HEIGHT);
		}
	}

}
