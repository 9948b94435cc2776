package news.tenor.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import news.tenor.archive.Article;
import news.tenor.archive.Text;

/**
 * Which articles belong to a run: those published inside its window (both ends inclusive)
 * from one of its sources and in one of its categories. An absent bound or an empty
 * filter lets everything through, so a plain {@code run --input} takes every article it
 * reads. Every article read is stored whatever the scope; only those in scope are added
 * to the run, and so scored and reported. The previous period of a report is filtered by
 * the same test, so a source or category matches there exactly as it did at ingest.
 */
public final class RunScope {

	/** A run with no window and no filters. */
	public static final RunScope EVERYTHING = new RunScope(null, null, List.of(), List.of());

	private final LocalDate from;

	private final LocalDate to;

	private final List<String> sources;

	private final List<String> categories;

	private final Set<String> sourceKeys;

	private final Set<String> categoryKeys;

	/**
	 * @param sources as the user wrote them (empty: any source)
	 * @param categories as the user wrote them (empty: any category)
	 */
	public RunScope(LocalDate from, LocalDate to, List<String> sources, List<String> categories) {
		this.from = from;
		this.to = to;
		this.sources = List.copyOf(sources);
		this.categories = List.copyOf(categories);
		this.sourceKeys = this.sources.stream().map(RunScope::key).collect(Collectors.toUnmodifiableSet());
		this.categoryKeys = this.categories.stream().map(RunScope::key).collect(Collectors.toUnmodifiableSet());
	}

	public LocalDate from() {
		return this.from;
	}

	public LocalDate to() {
		return this.to;
	}

	/** The source filter as the user wrote it; empty: none. */
	public List<String> sources() {
		return this.sources;
	}

	/** The category filter as the user wrote it; empty: none. */
	public List<String> categories() {
		return this.categories;
	}

	/** Whether the run has a window or a filter. */
	public boolean filtered() {
		return this.from != null || this.to != null || !this.sources.isEmpty() || !this.categories.isEmpty();
	}

	/** The same filters over other days (the report's previous period). */
	public RunScope over(LocalDate from, LocalDate to) {
		return new RunScope(from, to, this.sources, this.categories);
	}

	/** The same window and categories, from these sources. */
	public RunScope fromSources(List<String> sources) {
		return new RunScope(this.from, this.to, sources, this.categories);
	}

	public boolean includes(Article article) {
		return includes(article.published(), article.source(), article.category());
	}

	/** Whether the run covers an article of that date, source and category. */
	public boolean includes(LocalDate published, String source, String category) {
		return (this.from == null || !published.isBefore(this.from)) && (this.to == null || !published.isAfter(this.to))
				&& (this.sourceKeys.isEmpty() || this.sourceKeys.contains(key(source)))
				&& (this.categoryKeys.isEmpty() || (category != null && this.categoryKeys.contains(key(category))));
	}

	/**
	 * Names match whatever their case and spacing, as article identities do: the one
	 * normalisation of source and category names.
	 */
	static String key(String name) {
		return Text.normalize(name).toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RunScope scope && Objects.equals(this.from, scope.from)
				&& Objects.equals(this.to, scope.to) && this.sources.equals(scope.sources)
				&& this.categories.equals(scope.categories);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.from, this.to, this.sources, this.categories);
	}

	@Override
	public String toString() {
		return "RunScope[from=" + this.from + ", to=" + this.to + ", sources=" + this.sources + ", categories="
				+ this.categories + "]";
	}

}
