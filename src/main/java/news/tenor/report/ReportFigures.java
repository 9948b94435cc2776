package news.tenor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import news.tenor.run.RunFigures;
import news.tenor.scoring.Sentiment;

/**
 * The figures of the Overview and Trend sheets, gathered in one pass as the articles
 * stream to the Articles sheet: tallies for the whole period, per day, per category and
 * per day and category, and the articles that stand out. Memory grows with days times
 * categories, not with comments.
 */
final class ReportFigures {

	/** Articles listed in each ranking of the Overview. */
	static final int TOP = 5;

	/** How an article without a category is shown. */
	static final String NO_CATEGORY = "(no category)";

	private final Tally total = new Tally();

	private final NavigableMap<LocalDate, Tally> byDay = new TreeMap<>();

	private final NavigableMap<String, Tally> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final NavigableMap<LocalDate, NavigableMap<String, Tally>> byDayAndCategory = new TreeMap<>();

	private final NavigableSet<String> sources = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	private final Ranking mostPositive = Ranking.bySentiment("Most positive", TOP, 1);

	private final Ranking mostNegative = Ranking.bySentiment("Most negative", TOP, -1);

	private final Ranking mostDiscussed = new Ranking("Most discussed", TOP, 0, 0,
			a -> a.tally().comments() == 0 ? Double.NaN : a.tally().comments());

	private final Ranking mostControversial = new Ranking("Most controversial", TOP, 2, 3, a -> value(a.controversy()));

	void add(ReportQueries.ArticleRow article, CellLink comments) {
		Tally tally = article.tally();
		String category = category(article.category());
		this.total.add(tally);
		this.byDay.computeIfAbsent(article.published(), d -> new Tally()).add(tally);
		this.byCategory.computeIfAbsent(category, c -> new Tally()).add(tally);
		this.byDayAndCategory.computeIfAbsent(article.published(), d -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
			.computeIfAbsent(category, c -> new Tally())
			.add(tally);
		this.sources.add(article.source());
		for (Ranking ranking : rankings()) {
			ranking.offer(article, comments);
		}
	}

	static String category(String category) {
		return category == null || category.isBlank() ? NO_CATEGORY : category;
	}

	private static double value(Double measure) {
		return measure == null ? Double.NaN : measure;
	}

	Tally total() {
		return this.total;
	}

	/** Tally of a day, empty for a day without articles. */
	Tally day(LocalDate day) {
		return this.byDay.getOrDefault(day, new Tally());
	}

	NavigableMap<String, Tally> byCategory() {
		return this.byCategory;
	}

	NavigableMap<LocalDate, NavigableMap<String, Tally>> byDayAndCategory() {
		return this.byDayAndCategory;
	}

	NavigableSet<String> sources() {
		return this.sources;
	}

	LocalDate firstDay() {
		return this.byDay.isEmpty() ? null : this.byDay.firstKey();
	}

	LocalDate lastDay() {
		return this.byDay.isEmpty() ? null : this.byDay.lastKey();
	}

	List<Ranking> rankings() {
		return List.of(this.mostPositive, this.mostNegative, this.mostDiscussed, this.mostControversial);
	}

	/** The headline figures the run keeps, for the e-mail and {@code list}. */
	RunFigures headline() {
		Tally total = this.total;
		List<Ranking.Entry> discussed = this.mostDiscussed.top();
		return new RunFigures(total.articles(), total.comments(), total.scored(), total.meanScore(),
				total.netSentiment(), total.count(Sentiment.VERY_NEGATIVE) + total.count(Sentiment.NEGATIVE),
				total.count(Sentiment.NEUTRAL), total.count(Sentiment.POSITIVE) + total.count(Sentiment.VERY_POSITIVE),
				discussed.isEmpty() ? null : discussed.get(0).article().title(),
				discussed.isEmpty() ? 0 : discussed.get(0).article().tally().comments());
	}

	/** Categories by number of comments, most first (the order of the category chart). */
	List<Map.Entry<String, Tally>> categoriesByComments() {
		return this.byCategory.entrySet()
			.stream()
			.sorted((x, y) -> Long.compare(y.getValue().comments(), x.getValue().comments()))
			.toList();
	}

}
