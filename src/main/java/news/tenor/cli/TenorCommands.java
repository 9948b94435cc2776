package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * Tenor's commands and options, declared once (picocli): the same declarations parse a
 * command line and print its {@code --help}. A value that cannot be converted says why in
 * the words Tenor uses everywhere ({@link TenorCommandLine} prints it as one line, exit
 * code 2).
 */
final class TenorCommands {

	private TenorCommands() {
	}

	/**
	 * A picocli command line for Tenor's commands: every command's help laid out alike,
	 * options in the order declared, no colours.
	 */
	static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Tenor());
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
		commandLine.setUsageHelpWidth(100);
		for (CommandLine command : commandLine.getSubcommands().values()) {
			command.getCommandSpec()
				.usageMessage()
				.synopsisHeading("Usage: ")
				.descriptionHeading("%n")
				.parameterListHeading("%nArguments:%n")
				.optionListHeading("%nOptions:%n")
				.sortOptions(false);
		}
		return commandLine;
	}

	/**
	 * Prints a command's help with options written as README writes them ({@code --input
	 * DIR}); parsing takes both {@code --input DIR} and {@code --input=DIR}, so the
	 * separator is changed for the help alone (nothing is parsed after it).
	 */
	static void usage(CommandLine command, PrintStream out) {
		command.getCommandSpec().parser().separator(" ");
		command.usage(out);
	}

	@Command(name = "tenor", customSynopsis = "tenor COMMAND [OPTIONS]",
			description = "Turns an archive of articles and reader comments into a comment-sentiment workbook.",
			subcommands = { Run.class, Schedule.class, ListRuns.class, Restart.class, Rerun.class, Help.class },
			commandListHeading = "%nCommands:%n", synopsisHeading = "Usage: ", descriptionHeading = "%n",
			optionListHeading = "%nOptions:%n",
			footer = { "",
					"Every command takes --data-dir DIR (default .tenor) and --verbose, and Spring Boot's settings",
					"as --spring.NAME=VALUE: --spring.datasource.url=jdbc:postgresql://HOST:5432/DB (with",
					"--spring.datasource.username=... and the password in SPRING_DATASOURCE_PASSWORD) stores",
					"everything in that PostgreSQL database instead of the data folder's H2 file.",
					"Run 'tenor COMMAND --help' for a command's options." })
	static final class Tenor {

		@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
		boolean help;

	}

	/** What every command takes. */
	static final class Common {

		@Option(names = "--data-dir", paramLabel = "DIR",
				description = "where Tenor keeps its H2 database and log (default: .tenor)")
		Path dataDir = Path.of(".tenor");

		@Option(names = "--verbose", description = "show logs and stack traces")
		boolean verbose;

		@Option(names = "--help", usageHelp = true, description = "show this help")
		boolean help;

	}

	/** What the commands that run jobs take besides. */
	static final class Spark {

		@Option(names = "--spark-master", paramLabel = "URL", converter = SparkMaster.class,
				description = "Spark master (default: local[*])")
		String master;

	}

	@Command(name = "run",
			customSynopsis = { "tenor run JOBFILE [--from DATE] [--to DATE] [--input DIR] [--output DIR] [OPTIONS]",
					"       tenor run --input DIR [--output DIR] [OPTIONS]" },
			description = { "run a job file now, or ingest an archive, score it and write the workbook", "",
					"With a job file (jobs/NAME.yaml): runs that job now over its window; --from, --to, --input",
					"and --output replace the file's values for this run. The same job over the same days runs",
					"once: run it again with 'tenor rerun ID'.",
					"Without a job file: ingests every article under --input (folders, .gz, .zip, .jsonl),",
					"scores the commenters' own words with CoreNLP in Spark, and writes one .xlsx workbook.",
					"With --from DATE, --to DATE only the articles published on those days are in the run." })
	static final class Run {

		@Parameters(arity = "0..1", paramLabel = "JOBFILE", description = "a job file (jobs/NAME.yaml)")
		Path jobFile;

		@Option(names = "--input", paramLabel = "DIR",
				description = { "archive folder or file to read (required without a job file);",
						"give it again to read several, in that order" })
		List<Path> inputs;

		@Option(names = "--output", paramLabel = "DIR",
				description = "where the workbook goes (default: the job file's, else reports)")
		Path output;

		@Option(names = "--from", paramLabel = "DATE", converter = FromDate.class,
				description = "first day: only articles published from it (YYYY-MM-DD, inclusive)")
		LocalDate from;

		@Option(names = "--to", paramLabel = "DATE", converter = ToDate.class,
				description = "last day: only articles published until it (YYYY-MM-DD, inclusive)")
		LocalDate to;

		@Option(names = "--scorer", paramLabel = "calibrated|corenlp", converter = ScorerName.class,
				description = { "calibrated: Tenor's score, calibrated against people's ratings, English only;",
						"corenlp: CoreNLP's own, as releases before it (default: calibrated)" })
		Scorer scorer;

		@Option(names = "--parser", paramLabel = "sr|pcfg", converter = Parser.class,
				description = "CoreNLP parser under the sentiment model (default: sr)")
		ParserChoice parser;

		@Option(names = "--max-sentence-tokens", paramLabel = "N", converter = MaxSentenceTokens.class,
				description = "longer sentences are not parsed, and counted (default: 80)")
		Integer maxSentenceTokens;

		@Mixin
		Spark spark;

		@Option(names = "--overwrite", description = "replace a workbook of the same name")
		boolean overwrite;

		@Mixin
		Common common;

	}

	@Command(name = "schedule", customSynopsis = "tenor schedule [--jobs DIR] [--data-dir DIR] [OPTIONS]",
			description = { "run every job in jobs/ on its cron until stopped (SIGTERM, Ctrl-C)", "",
					"Runs every job file in the job folder on its schedule (cron and time zone), until the",
					"process is stopped. Job files are read again when they change; a file with a mistake is",
					"reported and the job keeps its last good definition. Each run is logged. On SIGTERM or",
					"Ctrl-C no new run starts, and runs in progress stop at their next chunk boundary",
					"(restartable with 'tenor restart ID')." })
	static final class Schedule {

		@Option(names = "--jobs", paramLabel = "DIR", description = "the job folder (default: jobs)")
		Path jobs = Path.of("jobs");

		@Mixin
		Spark spark;

		@Mixin
		Common common;

	}

	@Command(name = "list", customSynopsis = "tenor list [JOB] [--limit N] [--data-dir DIR]",
			description = { "past runs: parameters, status, times, counts, figures, workbook, delivery", "",
					"Past runs, newest first (of one job if JOB is given; 'tenor' names plain runs): id, job,",
					"status, start, duration, parameters, counts, headline figures, workbook and delivery." })
	static final class ListRuns {

		@Parameters(arity = "0..1", paramLabel = "JOB", description = "a job's name")
		String job;

		@Option(names = "--limit", paramLabel = "N", converter = Limit.class,
				description = "show at most N runs (default: 20)")
		int limit = 20;

		@Mixin
		Common common;

	}

	/** What {@code restart} and {@code rerun} take: the id of a run. */
	abstract static class OfOneRun {

		@Parameters(arity = "0..1", paramLabel = "ID", converter = RunId.class, description = "the run's id")
		Long id;

		@Mixin
		Spark spark;

		@Mixin
		Common common;

	}

	@Command(name = "restart", customSynopsis = "tenor restart ID [--data-dir DIR]",
			description = { "continue a failed, stopped or interrupted run where it stopped", "",
					"Continues run ID (see 'tenor list') where it stopped: a failed or stopped run, or one",
					"whose process was killed. What it had ingested and scored is not done again." })
	static final class Restart extends OfOneRun {

	}

	@Command(name = "rerun", customSynopsis = "tenor rerun ID [--data-dir DIR]",
			description = { "run the parameters of an earlier run again, as a new run", "",
					"Runs the parameters of run ID (see 'tenor list') again as a new run: the same job, inputs,",
					"days, filters and scoring, with articles and comments that arrived since. Sentences",
					"scored before come from the score cache. The workbook is written next to the first one,",
					"with -rerun-TIME in its name." })
	static final class Rerun extends OfOneRun {

	}

	@Command(name = "help", description = "show this help, or a command's: tenor help COMMAND")
	static final class Help {

		@Parameters(arity = "0..1", paramLabel = "COMMAND")
		String command;

	}

	static final class FromDate implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			return date("--from", value);
		}

	}

	static final class ToDate implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			return date("--to", value);
		}

	}

	static LocalDate date(String option, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException(option + " " + value + " is not a date (YYYY-MM-DD, a day that exists)");
		}
	}

	/**
	 * The masters Spark 4 knows, checked before anything starts: a wrong one otherwise
	 * fails the score step after ingest, from a thread of Spark's.
	 */
	static final class SparkMaster implements ITypeConverter<String> {

		private static final Pattern MASTER = Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?\\])?"
				+ "|local-cluster\\[\\d+,\\d+,\\d+\\]|spark://[^\\s/:,]+:\\d+(,[^\\s/:,]+:\\d+)*|yarn|k8s://\\S+");

		@Override
		public String convert(String value) {
			if (!MASTER.matcher(value).matches()) {
				throw new TypeConversionException("--spark-master " + value + " is not a Spark master: give local[*], "
						+ "local[N], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
			}
			return value;
		}

	}

	static final class ScorerName implements ITypeConverter<Scorer> {

		@Override
		public Scorer convert(String value) {
			try {
				return Scorer.of(value);
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException("--scorer must be calibrated or corenlp, not '" + value + "'");
			}
		}

	}

	static final class Parser implements ITypeConverter<ParserChoice> {

		@Override
		public ParserChoice convert(String value) {
			if (!value.equalsIgnoreCase("sr") && !value.equalsIgnoreCase("pcfg")) {
				throw new TypeConversionException("--parser must be sr or pcfg, not '" + value + "'");
			}
			return ParserChoice.of(value);
		}

	}

	static final class MaxSentenceTokens implements ITypeConverter<Integer> {

		@Override
		public Integer convert(String value) {
			return atLeastOne(value, "--max-sentence-tokens needs a whole number of at least 1");
		}

	}

	static final class Limit implements ITypeConverter<Integer> {

		@Override
		public Integer convert(String value) {
			return atLeastOne(value, "--limit must be a whole number of at least 1, not '" + value + "'");
		}

	}

	static final class RunId implements ITypeConverter<Long> {

		@Override
		public Long convert(String value) {
			return (long) atLeastOne(value, "the run id must be a whole number of at least 1, not '" + value + "'");
		}

	}

	private static int atLeastOne(String value, String otherwise) {
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			if (value.matches("\\+?\\d+")) {
				// a whole number, only too large for one: say so, not "at least 1"
				throw new TypeConversionException(otherwise.replaceFirst(", not '.*'$", "") + " and at most "
						+ Integer.MAX_VALUE + ", not '" + value + "'");
			}
		}
		throw new TypeConversionException(otherwise);
	}

}
