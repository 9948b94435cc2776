package news.tenor.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import news.tenor.job.TenorParameters;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A job as its file in {@code jobs/} defines it: what to read, which days and which
 * articles, how to score, where the workbook goes, when it runs and who receives it.
 *
 * @param window null: every article, whatever its date
 * @param parser null: the default parser
 * @param maxSentenceTokens null: the default limit
 * @param cron null: the job runs only when asked ({@code tenor run FILE})
 * @param zone the time zone of the cron and of "today" for relative windows
 */
public record JobDefinition(String name, Path file, List<Path> inputs, Window window, List<String> sources,
		List<String> categories, String parser, Integer maxSentenceTokens, Path outputFolder, String fileName,
		String cron, ZoneId zone, List<String> recipients, String subject) {

	/** The workbook's name unless the file says otherwise. */
	public static final String DEFAULT_FILE_NAME = "{job}-{from}-{to}.xlsx";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

	/** What the command line may change for one run: each null keeps the file's value. */
	public record Overrides(LocalDate from, LocalDate to, List<Path> inputs, Path outputFolder, boolean overwrite) {

		public static final Overrides NONE = new Overrides(null, null, null, null, false);

	}

	/**
	 * The job parameters of a run requested at {@code now}. Identifying: job, inputs,
	 * window dates, filters, parser and sentence limit; so the same job over the same
	 * days is one job instance. Not identifying: the workbook, overwrite, recipients.
	 */
	public JobParameters parameters(LocalDateTime now, Overrides overrides, String defaultParser,
			int defaultMaxTokens) {
		Window.Days days = days(now.toLocalDate(), overrides);
		List<Path> in = overrides.inputs() != null ? overrides.inputs() : this.inputs;
		Path folder = overrides.outputFolder() != null ? overrides.outputFolder() : this.outputFolder;
		JobParametersBuilder parameters = new JobParametersBuilder().addString(TenorParameters.JOB, this.name)
			.addString(TenorParameters.INPUT,
					TenorParameters.joinList(in.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
		if (days.from() != null) {
			parameters.addLocalDate(TenorParameters.FROM, days.from());
		}
		if (days.to() != null) {
			parameters.addLocalDate(TenorParameters.TO, days.to());
		}
		if (!this.sources.isEmpty()) {
			parameters.addString(TenorParameters.SOURCES, TenorParameters.joinList(this.sources));
		}
		if (!this.categories.isEmpty()) {
			parameters.addString(TenorParameters.CATEGORIES, TenorParameters.joinList(this.categories));
		}
		parameters.addString(TenorParameters.PARSER, this.parser != null ? this.parser : defaultParser)
			.addLong(TenorParameters.MAX_SENTENCE_TOKENS,
					(long) (this.maxSentenceTokens != null ? this.maxSentenceTokens : defaultMaxTokens))
			.addString(TenorParameters.WORKBOOK,
					folder.resolve(workbookName(days, now)).toAbsolutePath().normalize().toString(), false)
			.addString(TenorParameters.OVERWRITE, Boolean.toString(overrides.overwrite()), false);
		if (!this.recipients.isEmpty()) {
			parameters.addString(TenorParameters.RECIPIENTS, TenorParameters.joinList(this.recipients), false);
		}
		if (this.subject != null) {
			parameters.addString(TenorParameters.SUBJECT, this.subject, false);
		}
		return parameters.toJobParameters();
	}

	/**
	 * The days of a run on {@code today}: the window, with either end replaced by the
	 * command line's.
	 */
	public Window.Days days(LocalDate today, Overrides overrides) {
		Window.Days days = this.window == null ? new Window.Days(null, null) : this.window.resolve(today);
		return new Window.Days(overrides.from() != null ? overrides.from() : days.from(),
				overrides.to() != null ? overrides.to() : days.to());
	}

	/**
	 * The file name pattern filled in: {job}, {from}, {to} (the window's days, "all"
	 * without a window), {date} and {time} (when the run was requested).
	 */
	String workbookName(Window.Days days, LocalDateTime now) {
		String name = this.fileName.replace("{job}", this.name)
			.replace("{from}", days.from() == null ? "all" : days.from().toString())
			.replace("{to}", days.to() == null ? "all" : days.to().toString())
			.replace("{date}", now.toLocalDate().toString())
			.replace("{time}", TIME.format(now));
		return name.endsWith(".xlsx") ? name : name + ".xlsx";
	}

	/** "today" for this job: in its time zone, or the machine's. */
	public ZoneId zoneOrDefault() {
		return this.zone != null ? this.zone : ZoneId.systemDefault();
	}

}
