package news.tenor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToDoubleFunction;

/**
 * The few articles that stand out on one measure (most positive, most discussed, ...),
 * kept while the articles stream past. An article with one comment is "most positive" by
 * accident, so articles with at least a preferred number of scored comments are ranked
 * first; only when fewer than {@code size} of them qualify are the others considered.
 */
final class Ranking {

	record Entry(ReportQueries.ArticleRow article, CellLink comments) {
	}

	private final String title;

	private final int size;

	private final ToDoubleFunction<ReportQueries.ArticleRow> measure;

	private final int minScored;

	private final int preferredScored;

	private final Comparator<Entry> order;

	private final PriorityQueue<Entry> qualified;

	private final PriorityQueue<Entry> others;

	/**
	 * @param minScored scored comments an article needs to be ranked at all
	 * @param preferredScored scored comments an article needs to be ranked first
	 * @param measure the value ranked, highest first ({@code NaN}: not ranked)
	 */
	Ranking(String title, int size, int minScored, int preferredScored,
			ToDoubleFunction<ReportQueries.ArticleRow> measure) {
		this.title = title;
		this.size = size;
		this.minScored = minScored;
		this.preferredScored = preferredScored;
		this.measure = measure;
		// best first; ties: more comments, then earlier article
		this.order = Comparator.<Entry>comparingDouble(e -> -measure.applyAsDouble(e.article()))
			.thenComparing(e -> -e.article().tally().comments())
			.thenComparing(e -> e.article().published())
			.thenComparingLong(e -> e.article().id());
		this.qualified = new PriorityQueue<>(this.order.reversed());
		this.others = new PriorityQueue<>(this.order.reversed());
	}

	String title() {
		return this.title;
	}

	int preferredScored() {
		return this.preferredScored;
	}

	void offer(ReportQueries.ArticleRow article, CellLink comments) {
		if (article.tally().scored() < this.minScored || Double.isNaN(this.measure.applyAsDouble(article))) {
			return;
		}
		PriorityQueue<Entry> tier = article.tally().scored() >= this.preferredScored ? this.qualified : this.others;
		tier.add(new Entry(article, comments));
		if (tier.size() > this.size) {
			tier.poll();
		}
	}

	/** Best first: the qualified articles, topped up with the others if too few. */
	List<Entry> top() {
		List<Entry> top = new ArrayList<>(this.qualified);
		top.sort(this.order);
		if (top.size() < this.size) {
			List<Entry> rest = new ArrayList<>(this.others);
			rest.sort(this.order);
			top.addAll(rest.subList(0, Math.min(rest.size(), this.size - top.size())));
		}
		return top;
	}

	/** Whether some of the articles listed have fewer scored comments than preferred. */
	boolean toppedUp() {
		return this.qualified.size() < this.size && !this.others.isEmpty();
	}

}
