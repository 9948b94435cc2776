package news.tenor.report;

import java.time.LocalDate;

import news.tenor.mentions.EntityType;

/**
 * The figures of one entity over the report, added up as its comment-entity rows stream
 * to the Mentions sheet: each comment that names it counts once, with its sentiment
 * toward the entity (a {@link Tally} of those, so its mean, net sentiment and intervals
 * are computed as the comments' are), in how many articles, how often, the most positive
 * and most negative comment about it and the first and last day it was named.
 */
final class EntityTally {

	/** A comment about the entity, with where its row is in Comments. */
	record Extreme(String title, int position, double score, CellLink link) {
	}

	private final String name;

	private final EntityType type;

	private final Tally tally = new Tally();

	private long articles;

	private long lastArticle = -1;

	private long mentions;

	private Extreme mostPositive;

	private Extreme mostNegative;

	private LocalDate first;

	private LocalDate last;

	EntityTally(String name, EntityType type) {
		this.name = name;
		this.type = type;
	}

	void add(ReportQueries.MentionRow row, CellLink comment) {
		this.tally.addComment(null, null, row.label(), row.score(), 0, 0);
		if (row.articleId() != this.lastArticle) {
			// rows come article by article
			this.articles++;
			this.lastArticle = row.articleId();
		}
		this.mentions += row.mentions();
		if (row.score() != null) {
			Extreme here = new Extreme(row.title(), row.position(), row.score(), comment);
			if (this.mostPositive == null || row.score() > this.mostPositive.score()) {
				this.mostPositive = here;
			}
			if (this.mostNegative == null || row.score() < this.mostNegative.score()) {
				this.mostNegative = here;
			}
		}
		if (this.first == null || row.published().isBefore(this.first)) {
			this.first = row.published();
		}
		if (this.last == null || row.published().isAfter(this.last)) {
			this.last = row.published();
		}
	}

	String name() {
		return this.name;
	}

	EntityType type() {
		return this.type;
	}

	/** Comments naming it (each once), their sentiment toward it. */
	Tally tally() {
		return this.tally;
	}

	long comments() {
		return this.tally.comments();
	}

	long articles() {
		return this.articles;
	}

	long mentions() {
		return this.mentions;
	}

	Extreme mostPositive() {
		return this.mostPositive;
	}

	/** The most negative comment, when it differs from the most positive. */
	Extreme mostNegative() {
		return this.mostNegative;
	}

	LocalDate first() {
		return this.first;
	}

	LocalDate last() {
		return this.last;
	}

	/** Most comments first, then most mentions, then by name. */
	static int byMentions(EntityTally x, EntityTally y) {
		int c = Long.compare(y.comments(), x.comments());
		if (c == 0) {
			c = Long.compare(y.mentions(), x.mentions());
		}
		return c != 0 ? c : x.name().compareToIgnoreCase(y.name());
	}

}
