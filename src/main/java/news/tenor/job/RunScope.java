package news.tenor.job;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import news.tenor.archive.Article;
import news.tenor.archive.Text;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Which articles belong to a run: those published inside its window (both ends inclusive)
 * from one of its sources and in one of its categories. An absent bound or an empty
 * filter lets everything through, so a plain {@code run --input} takes every article it
 * reads. Every article read is stored whatever the scope; only those in scope are added
 * to the run, and so scored and reported.
 */
public record RunScope(LocalDate from, LocalDate to, Set<String> sources, Set<String> categories) {

	/** A run with no window and no filters. */
	public static final RunScope EVERYTHING = new RunScope(null, null, Set.of(), Set.of());

	public RunScope {
		sources = sources.stream().map(RunScope::key).collect(Collectors.toUnmodifiableSet());
		categories = categories.stream().map(RunScope::key).collect(Collectors.toUnmodifiableSet());
	}

	public static RunScope of(JobParameters parameters) {
		return new RunScope(TenorParameters.date(parameters, TenorParameters.FROM),
				TenorParameters.date(parameters, TenorParameters.TO),
				Set.copyOf(TenorParameters.list(parameters, TenorParameters.SOURCES)),
				Set.copyOf(TenorParameters.list(parameters, TenorParameters.CATEGORIES)));
	}

	public boolean includes(Article article) {
		return includes(article.published(), article.source(), article.category());
	}

	/** Whether the run covers an article of that date, source and category. */
	public boolean includes(LocalDate published, String source, String category) {
		return (this.from == null || !published.isBefore(this.from)) && (this.to == null || !published.isAfter(this.to))
				&& (this.sources.isEmpty() || this.sources.contains(key(source)))
				&& (this.categories.isEmpty() || (category != null && this.categories.contains(key(category))));
	}

	/** Names match whatever their case and spacing, as article identities do. */
	private static String key(String name) {
		return Text.normalize(name).toLowerCase(Locale.ROOT);
	}

}
