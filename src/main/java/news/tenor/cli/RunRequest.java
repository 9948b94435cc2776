package news.tenor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import news.tenor.schedule.JobDefinition;
import news.tenor.schedule.JobFiles;

/**
 * A {@code run} as the user asked for it, checked before anything starts.
 *
 * @param job the job file's definition, or null for a plain {@code run --input}
 * @param input the --input option (overrides the job file's inputs), or null
 * @param output the --output option, or null (the job file's folder, else reports)
 * @param from the --from option, or null
 * @param to the --to option, or null
 */
record RunRequest(JobDefinition job, Path input, Path output, String parser, Integer maxSentenceTokens,
		boolean overwrite, LocalDate from, LocalDate to) {

	static RunRequest from(Arguments arguments) {
		if (arguments.positional().size() > 1) {
			throw new UsageException(
					"unexpected argument '" + arguments.positional().get(1) + "' (see tenor run --help)");
		}
		JobDefinition job = arguments.positional().isEmpty() ? null
				: JobFiles.read(Path.of(arguments.positional().get(0)));
		String input = arguments.get("input");
		if (input == null && job == null) {
			throw new UsageException("run needs a job file or --input DIR (the archive to read)");
		}
		Path inputPath = null;
		if (input != null) {
			inputPath = Path.of(input).toAbsolutePath().normalize();
			if (!Files.exists(inputPath)) {
				throw new UsageException("input " + inputPath + " does not exist");
			}
		}
		Integer maxTokens = null;
		if (arguments.has("max-sentence-tokens")) {
			try {
				maxTokens = Integer.valueOf(arguments.get("max-sentence-tokens"));
			}
			catch (NumberFormatException ex) {
				maxTokens = -1;
			}
			if (maxTokens < 1) {
				throw new UsageException("--max-sentence-tokens needs a whole number of at least 1");
			}
		}
		String parser = arguments.get("parser");
		if (parser != null && !parser.equalsIgnoreCase("sr") && !parser.equalsIgnoreCase("pcfg")) {
			throw new UsageException("--parser must be sr or pcfg, not '" + parser + "'");
		}
		if (job != null && (parser != null || maxTokens != null)) {
			throw new UsageException("--parser and --max-sentence-tokens belong in the job file (" + job.file()
					+ "), so that its runs stay comparable");
		}
		LocalDate from = date(arguments, "from");
		LocalDate to = date(arguments, "to");
		if (from != null && to != null && from.isAfter(to)) {
			throw new UsageException("--from " + from + " is after --to " + to);
		}
		if (job != null) {
			var days = job.days(LocalDate.now(job.zoneOrDefault()), overrides(job, from, to, inputPath, null, false));
			if (days.from() != null && days.to() != null && days.from().isAfter(days.to())) {
				throw new UsageException("the run would start on " + days.from() + " and end on " + days.to() + " (job "
						+ job.name() + "'s window with --from/--to): the start is after the end");
			}
		}
		Path output = arguments.has("output") ? Path.of(arguments.get("output")).toAbsolutePath().normalize()
				: (job == null ? Path.of("reports").toAbsolutePath().normalize() : null);
		return new RunRequest(job, inputPath, output, parser == null ? null : parser.toLowerCase(), maxTokens,
				arguments.has("overwrite"), from, to);
	}

	/** What the command line changes in the job file's run. */
	JobDefinition.Overrides overrides() {
		return overrides(this.job, this.from, this.to, this.input, this.output, this.overwrite);
	}

	private static JobDefinition.Overrides overrides(JobDefinition job, LocalDate from, LocalDate to, Path input,
			Path output, boolean overwrite) {
		return new JobDefinition.Overrides(from, to, input == null ? null : List.of(input), output, overwrite);
	}

	static LocalDate date(Arguments arguments, String option) {
		String value = arguments.get(option);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--" + option + " " + value + " is not a date (YYYY-MM-DD, a day that exists)");
		}
	}

}
