package news.tenor.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import news.tenor.run.RunDefinition;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;
import news.tenor.scoring.ScoringSettings;

/**
 * A job as its file in {@code jobs/} defines it: what to read, which days and which
 * articles, how to score, where the workbook goes, when it runs and who receives it.
 *
 * @param window null: every article, whatever its date
 * @param scorer null: the default scorer (calibrated or corenlp)
 * @param parser null: the default parser
 * @param maxSentenceTokens null: the default limit
 * @param cron null: the job runs only when asked ({@code tenor run FILE})
 * @param zone the time zone of the cron and of "today" for relative windows
 */
public record JobDefinition(String name, Path file, List<Path> inputs, Window window, List<String> sources,
		List<String> categories, String scorer, String parser, Integer maxSentenceTokens, Path outputFolder,
		String fileName, String cron, ZoneId zone, List<String> recipients, String subject) {

	/** The workbook's name unless the file says otherwise. */
	public static final String DEFAULT_FILE_NAME = "{job}-{from}-{to}.xlsx";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

	/** What the command line may change for one run: each null keeps the file's value. */
	public record Overrides(LocalDate from, LocalDate to, List<Path> inputs, Path outputFolder, boolean overwrite) {

		public static final Overrides NONE = new Overrides(null, null, null, null, false);

	}

	/**
	 * The run requested at {@code now}: the window's days (or the command line's), the
	 * file's filters and scoring (or the defaults), its workbook and recipients.
	 */
	public RunDefinition run(LocalDateTime now, Overrides overrides, ScoringSettings defaults) {
		Window.Days days = days(now.toLocalDate(), overrides);
		List<Path> in = overrides.inputs() != null ? overrides.inputs() : this.inputs;
		Path folder = overrides.outputFolder() != null ? overrides.outputFolder() : this.outputFolder;
		ScoringSettings scoring = new ScoringSettings(
				this.parser != null ? ParserChoice.of(this.parser) : defaults.parser(),
				this.maxSentenceTokens != null ? this.maxSentenceTokens : defaults.maxSentenceTokens(),
				this.scorer != null ? Scorer.of(this.scorer) : defaults.scorer());
		return new RunDefinition(this.name, in.stream().map(p -> p.toAbsolutePath().normalize()).toList(), days.from(),
				days.to(), this.sources, this.categories, scoring, null,
				folder.resolve(workbookName(days, now)).toAbsolutePath().normalize(), overrides.overwrite(),
				this.recipients, this.subject, null);
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
