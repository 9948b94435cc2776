package news.tenor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import news.tenor.scoring.calibration.SentimentStatistics;

/**
 * The few articles that stand out on one measure (most positive, most discussed, ...),
 * kept while the articles stream past.
 *
 * <p>
 * An article with one comment is "most positive" by accident. The sentiment rankings
 * ({@link #bySentiment}) therefore rank articles by their mean score pulled towards the
 * average of all the report's articles as far as their few comments leave it uncertain
 * (the empirical-Bayes shrunken mean of {@link SentimentStatistics}): an article needs
 * many comments to stand far from the average. The prior is only known once every article
 * is in, so the best few articles are kept for each number of scored comments (the
 * shrunken mean orders articles with the same number as their means do), and ranked at
 * the end. The other rankings keep articles with at least a preferred number of scored
 * comments first, topped up with the others when too few qualify.
 */
final class Ranking {

	record Entry(ReportQueries.ArticleRow article, CellLink comments, Double ranked) {

		Entry(ReportQueries.ArticleRow article, CellLink comments) {
			this(article, comments, null);
		}

	}

	private final String title;

	private final int size;

	private final ToDoubleFunction<ReportQueries.ArticleRow> measure;

	private final int minScored;

	private final int preferredScored;

	private final Comparator<Entry> order;

	private final PriorityQueue<Entry> qualified;

	private final PriorityQueue<Entry> others;

	/** For a sentiment ranking: +1 most positive first, −1 most negative; else 0. */
	private final int direction;

	/** A sentiment ranking's best articles for each number of scored comments. */
	private final TreeMap<Long, PriorityQueue<Entry>> byScored = new TreeMap<>();

	private final SentimentStatistics.ShrinkageEstimate prior = new SentimentStatistics.ShrinkageEstimate();

	private SentimentStatistics.Shrinkage shrinkage;

	/**
	 * @param minScored scored comments an article needs to be ranked at all
	 * @param preferredScored scored comments an article needs to be ranked first
	 * @param measure the value ranked, highest first ({@code NaN}: not ranked)
	 */
	Ranking(String title, int size, int minScored, int preferredScored,
			ToDoubleFunction<ReportQueries.ArticleRow> measure) {
		this(title, size, minScored, preferredScored, measure, 0);
	}

	private Ranking(String title, int size, int minScored, int preferredScored,
			ToDoubleFunction<ReportQueries.ArticleRow> measure, int direction) {
		this.title = title;
		this.size = size;
		this.minScored = minScored;
		this.preferredScored = preferredScored;
		this.measure = measure;
		this.direction = direction;
		// best first; ties: more comments, then earlier article
		this.order = Comparator.<Entry>comparingDouble(e -> -measure.applyAsDouble(e.article()))
			.thenComparing(e -> -e.article().tally().comments())
			.thenComparing(e -> e.article().published())
			.thenComparingLong(e -> e.article().id());
		this.qualified = new PriorityQueue<>(this.order.reversed());
		this.others = new PriorityQueue<>(this.order.reversed());
	}

	/**
	 * The articles whose comments are most positive ({@code direction} +1) or most
	 * negative (−1), by their shrunken mean score.
	 */
	static Ranking bySentiment(String title, int size, int direction) {
		return new Ranking(title, size, 1, 1, a -> {
			Double mean = a.tally().meanScore();
			return mean == null ? Double.NaN : direction * mean;
		}, direction);
	}

	String title() {
		return this.title;
	}

	int preferredScored() {
		return this.preferredScored;
	}

	/** Whether the ranking is by the shrunken mean score. */
	boolean shrunken() {
		return this.direction != 0;
	}

	void offer(ReportQueries.ArticleRow article, CellLink comments) {
		if (shrunken() && article.tally().scored() > 0) {
			this.prior.add(article.tally().sample());
		}
		if (article.tally().scored() < this.minScored || Double.isNaN(this.measure.applyAsDouble(article))) {
			return;
		}
		PriorityQueue<Entry> tier = shrunken()
				? this.byScored.computeIfAbsent(article.tally().scored(),
						n -> new PriorityQueue<>(this.order.reversed()))
				: article.tally().scored() >= this.preferredScored ? this.qualified : this.others;
		tier.add(new Entry(article, comments));
		if (tier.size() > this.size) {
			tier.poll();
		}
	}

	/** Best first: the qualified articles, topped up with the others if too few. */
	List<Entry> top() {
		if (shrunken()) {
			SentimentStatistics.Shrinkage shrinkage = shrinkage();
			List<Entry> candidates = new ArrayList<>();
			this.byScored.values()
				.forEach(tier -> tier.forEach(e -> candidates
					.add(new Entry(e.article(), e.comments(), shrinkage.shrunken(e.article().tally().sample())))));
			candidates.sort(Comparator.<Entry>comparingDouble(e -> -this.direction * e.ranked())
				.thenComparing(e -> -e.article().tally().comments())
				.thenComparing(e -> e.article().published())
				.thenComparingLong(e -> e.article().id()));
			return candidates.subList(0, Math.min(this.size, candidates.size()));
		}
		List<Entry> top = new ArrayList<>(this.qualified);
		top.sort(this.order);
		if (top.size() < this.size) {
			List<Entry> rest = new ArrayList<>(this.others);
			rest.sort(this.order);
			top.addAll(rest.subList(0, Math.min(rest.size(), this.size - top.size())));
		}
		return top;
	}

	/** The prior of a sentiment ranking, from every article offered. */
	SentimentStatistics.Shrinkage shrinkage() {
		if (this.shrinkage == null) {
			this.shrinkage = this.prior.shrinkage();
		}
		return this.shrinkage;
	}

	/** Whether some of the articles listed have fewer scored comments than preferred. */
	boolean toppedUp() {
		return !shrunken() && this.qualified.size() < this.size && !this.others.isEmpty();
	}

}
