package news.tenor.report;

import java.time.LocalDate;

import news.tenor.archive.PublicationDates;
import news.tenor.run.RunScope;

/**
 * What a report covers: the articles a job instance read (table {@code run_article}),
 * their comments' scores for one model setting, and the window and filters the run was
 * given, if any. A window, when given, is the report's period; without one the period
 * runs from the earliest to the latest article read. The comparison with the previous
 * period applies the same filters, by the same test.
 *
 * @param run the run's window and filters ({@link RunScope#EVERYTHING}: none)
 */
public record ReportScope(long jobInstanceId, String model, RunScope run) {

	/** A run without window or filters: everything it read. */
	public static ReportScope of(long jobInstanceId, String model) {
		return new ReportScope(jobInstanceId, model, RunScope.EVERYTHING);
	}

	/**
	 * The report's period: the run's window where given, completed by the dates of the
	 * articles read; {@code null} when there is neither.
	 */
	Period period(LocalDate firstArticle, LocalDate lastArticle) {
		LocalDate start = this.run.from() != null ? this.run.from() : firstArticle;
		LocalDate end = this.run.to() != null ? this.run.to() : lastArticle;
		// an article of a far-off date (stored before such dates were refused) does not
		// stretch the period, and Trend, over centuries
		PublicationDates accepted = PublicationDates.today();
		if (start != null && start.isBefore(accepted.earliest())) {
			start = accepted.earliest();
		}
		if (end != null && end.isAfter(accepted.latest())) {
			end = accepted.latest();
		}
		if (start == null || end == null || end.isBefore(start)) {
			return null;
		}
		return new Period(start, end);
	}

}
