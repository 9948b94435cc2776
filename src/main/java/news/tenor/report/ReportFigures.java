package news.tenor.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import news.tenor.mentions.EntityType;
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

	/** People and organisations on the Overview. */
	static final int MOST_MENTIONED = 10;

	/** Named in the e-mail body. */
	static final int MOST_MENTIONED_IN_MAIL = 3;

	/** Each entity's figures, by name and type. */
	private final Map<String, EntityTally> entities = new HashMap<>();

	/** The previous period's tallies of the most mentioned, once compared. */
	private Map<String, Tally> mentionedBefore = Map.of();

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

	/** Adds a comment's sentiment toward an entity (the Mentions sheet's rows). */
	void addMention(ReportQueries.MentionRow row, CellLink comment) {
		this.entities.computeIfAbsent(key(row.name(), row.type()), k -> new EntityTally(row.name(), row.type()))
			.add(row, comment);
	}

	static String key(String name, EntityType type) {
		return name + "\n" + type.name();
	}

	/** Every entity named, most named first. */
	List<EntityTally> entitiesByMentions() {
		return this.entities.values().stream().sorted(EntityTally::byMentions).toList();
	}

	/** The most named people and organisations (places are left to the entity sheet). */
	List<EntityTally> mostMentioned(int count) {
		return this.entities.values()
			.stream()
			.filter(e -> e.type() != EntityType.PLACE)
			.sorted(EntityTally::byMentions)
			.limit(count)
			.toList();
	}

	/** The previous period's tallies of the most mentioned, by {@link #key}. */
	void mentionedBefore(Map<String, Tally> before) {
		this.mentionedBefore = Map.copyOf(before);
	}

	/** An entity's previous-period tally, or {@code null} when it was not named then. */
	Tally before(EntityTally entity) {
		return this.mentionedBefore.get(key(entity.name(), entity.type()));
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
				discussed.isEmpty() ? 0 : discussed.get(0).article().tally().comments(),
				mostMentioned(MOST_MENTIONED_IN_MAIL).stream()
					.map(e -> new RunFigures.Mentioned(e.name(), e.type().label(), e.comments(),
							e.tally().netSentiment(), e.tally().meanScore()))
					.toList());
	}

	/** Categories by number of comments, most first (the order of the category chart). */
	List<Map.Entry<String, Tally>> categoriesByComments() {
		return this.byCategory.entrySet()
			.stream()
			.sorted((x, y) -> Long.compare(y.getValue().comments(), x.getValue().comments()))
			.toList();
	}

}
