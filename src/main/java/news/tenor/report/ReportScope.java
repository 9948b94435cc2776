package news.tenor.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report covers: the articles a job instance read (table {@code run_article}),
 * their comments' scores for one model setting, and the window and filters the job was
 * given, if any. A window, when given, is the report's period; without one the period
 * runs from the earliest to the latest article read. The comparison with the previous
 * period applies the same filters.
 *
 * @param from first day of the job's window, or {@code null}
 * @param to last day of the job's window, or {@code null}
 * @param sources the job's source filter (empty: none)
 * @param categories the job's category filter (empty: none)
 */
public record ReportScope(long jobInstanceId, String model, LocalDate from, LocalDate to, List<String> sources,
		List<String> categories) {

	public ReportScope {
		sources = List.copyOf(sources);
		categories = List.copyOf(categories);
	}

	/** A run without window or filters: everything it read. */
	public static ReportScope of(long jobInstanceId, String model) {
		return new ReportScope(jobInstanceId, model, null, null, List.of(), List.of());
	}

	boolean filtered() {
		return this.from != null || this.to != null || !this.sources.isEmpty() || !this.categories.isEmpty();
	}

	/**
	 * The report's period: the job's window where given, completed by the dates of the
	 * articles read; {@code null} when there is neither.
	 */
	Period period(LocalDate firstArticle, LocalDate lastArticle) {
		LocalDate start = this.from != null ? this.from : firstArticle;
		LocalDate end = this.to != null ? this.to : lastArticle;
		if (start == null || end == null || end.isBefore(start)) {
			return null;
		}
		return new Period(start, end);
	}

}
