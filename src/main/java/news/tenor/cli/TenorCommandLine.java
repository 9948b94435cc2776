package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import news.tenor.TenorApplication;
import news.tenor.run.RunProgress;
import news.tenor.run.RunRefusedException;
import news.tenor.run.RunningExecutions;
import news.tenor.report.ReportWarmUp;
import news.tenor.schedule.JobFileException;

import sun.misc.Signal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tenor's command line. Parses the command before Spring starts (the data folder decides
 * which H2 file the context opens, and a bad job file or date is reported before anything
 * runs), runs it, and turns any failure into one line on stderr and a non-zero exit code:
 * 2 for a command line (or job file) Tenor cannot act on, 1 for a run that failed or was
 * refused. {@code --verbose} adds logs and stack traces.
 */
public final class TenorCommandLine {

	static final String USAGE = """
			Usage: tenor COMMAND [OPTIONS]

			Turns an archive of articles and reader comments into a comment-sentiment workbook.

			Commands:
			  run       run a job file now, or ingest an archive, score it and write the workbook
			  schedule  run every job in jobs/ on its cron until stopped (SIGTERM, Ctrl-C)
			  list      past runs: parameters, status, times, counts, workbook, delivery
			  restart   continue a failed, stopped or interrupted run where it stopped
			  rerun     run the parameters of an earlier run again, as a new run
			  help      show this help

			Every command takes --data-dir DIR (default .tenor) and --verbose.
			Run 'tenor COMMAND --help' for a command's options.
			""";

	static final String RUN_USAGE = """
			Usage: tenor run JOBFILE [--from DATE] [--to DATE] [--input DIR] [--output DIR] [OPTIONS]
			       tenor run --input DIR [--output DIR] [OPTIONS]

			With a job file (jobs/NAME.yaml): runs that job now over its window; --from, --to,
			--input and --output replace the file's values for this run. The same job over the same
			days runs once: run it again with 'tenor rerun ID'.
			Without a job file: ingests every article under --input (folders, .gz, .zip, .jsonl),
			scores the commenters' own words with CoreNLP in Spark, and writes one .xlsx workbook.

			Options:
			  --input DIR                 archive folder or file to read (required without a job file)
			  --output DIR                where the workbook goes (default: the job file's, else reports)
			  --from DATE, --to DATE      only articles published on these days (YYYY-MM-DD, inclusive)
			  --data-dir DIR              where Tenor keeps its H2 database and log (default: .tenor)
			  --parser sr|pcfg            CoreNLP parser under the sentiment model (default: sr)
			  --max-sentence-tokens N     longer sentences are not parsed, and counted (default: 80)
			  --spark-master URL          Spark master (default: local[*])
			  --overwrite                 replace a workbook of the same name
			  --verbose                   show logs and stack traces
			  --help                      show this help
			""";

	static final String SCHEDULE_USAGE = """
			Usage: tenor schedule [--jobs DIR] [--data-dir DIR] [OPTIONS]

			Runs every job file in the job folder on its schedule (cron and time zone), until the
			process is stopped. Job files are read again when they change; a file with a mistake is
			reported and the job keeps its last good definition. Each run is logged. On SIGTERM or
			Ctrl-C no new run starts, and runs in progress stop at their next chunk boundary
			(restartable with 'tenor restart ID').

			Options:
			  --jobs DIR                  the job folder (default: jobs)
			  --data-dir DIR              where Tenor keeps its H2 database and log (default: .tenor)
			  --spark-master URL          Spark master (default: local[*])
			  --verbose                   show logs and stack traces
			  --help                      show this help
			""";

	static final String LIST_USAGE = """
			Usage: tenor list [JOB] [--limit N] [--data-dir DIR]

			Past runs, newest first (of one job if JOB is given; 'tenor' names plain runs): id, job,
			status, start, duration, parameters, counts, workbook and delivery.

			Options:
			  --limit N                   show at most N runs (default: 20)
			  --data-dir DIR              where Tenor keeps its H2 database and log (default: .tenor)
			  --verbose                   show logs and stack traces
			  --help                      show this help
			""";

	static final String RESTART_USAGE = """
			Usage: tenor restart ID [--data-dir DIR]

			Continues run ID (see 'tenor list') where it stopped: a failed or stopped run, or one
			whose process was killed. What it had ingested and scored is not done again.

			Options:
			  --data-dir DIR              where Tenor keeps its H2 database and log (default: .tenor)
			  --spark-master URL          Spark master (default: local[*])
			  --verbose                   show logs and stack traces
			  --help                      show this help
			""";

	static final String RERUN_USAGE = """
			Usage: tenor rerun ID [--data-dir DIR]

			Runs the parameters of run ID (see 'tenor list') again as a new run: the same job, inputs,
			days, filters and scoring, with articles and comments that arrived since. Sentences
			scored before come from the score cache. The workbook is written next to the first one,
			with -rerun-TIME in its name.

			Options:
			  --data-dir DIR              where Tenor keeps its H2 database and log (default: .tenor)
			  --spark-master URL          Spark master (default: local[*])
			  --verbose                   show logs and stack traces
			  --help                      show this help
			""";

	private static final Set<String> RUN_OPTIONS = Set.of("input", "output", "data-dir", "parser",
			"max-sentence-tokens", "spark-master", "from", "to");

	private static final Set<String> SCHEDULE_OPTIONS = Set.of("jobs", "data-dir", "spark-master");

	private static final Set<String> LIST_OPTIONS = Set.of("limit", "data-dir");

	private static final Set<String> RESTART_OPTIONS = Set.of("data-dir", "spark-master");

	private static final Set<String> FLAGS = Set.of("verbose", "help");

	private static final Set<String> RUN_FLAGS = Set.of("overwrite", "verbose", "help");

	private TenorCommandLine() {
	}

	public static int execute(String[] args, PrintStream out, PrintStream err) {
		boolean verbose = Arrays.asList(args).contains("--verbose");
		try {
			String command = args.length == 0 ? "help" : args[0];
			switch (command) {
				case "help", "--help", "-h" -> {
					out.print(USAGE);
					return 0;
				}
				case "run" -> {
					Arguments arguments = Arguments.parse(args, RUN_OPTIONS, RUN_FLAGS);
					if (arguments.has("help")) {
						out.print(RUN_USAGE);
						return 0;
					}
					RunRequest request = RunRequest.from(arguments);
					try (ConfigurableApplicationContext context = start(arguments, verbose, true)) {
						showProgress(context, out);
						stopGracefully(context.getBean(RunningExecutions.class)::stopAll);
						return context.getBean(RunCommand.class).run(request, out);
					}
				}
				case "schedule" -> {
					Arguments arguments = Arguments.parse(args, SCHEDULE_OPTIONS, FLAGS);
					if (arguments.has("help")) {
						out.print(SCHEDULE_USAGE);
						return 0;
					}
					noPositional(arguments);
					Path folder = Path.of(arguments.options().getOrDefault("jobs", "jobs"));
					try (ConfigurableApplicationContext context = start(arguments, verbose, true)) {
						ScheduleCommand schedule = context.getBean(ScheduleCommand.class);
						stopGracefully(schedule::stop);
						return schedule.schedule(folder, out);
					}
				}
				case "list" -> {
					Arguments arguments = Arguments.parse(args, LIST_OPTIONS, FLAGS);
					if (arguments.has("help")) {
						out.print(LIST_USAGE);
						return 0;
					}
					if (arguments.positional().size() > 1) {
						throw new UsageException("list takes at most one job name (see tenor list --help)");
					}
					int limit = number(arguments.options().getOrDefault("limit", "20"), "--limit");
					String job = arguments.positional().isEmpty() ? null : arguments.positional().get(0);
					try (ConfigurableApplicationContext context = start(arguments, verbose, false)) {
						return context.getBean(ListCommand.class).list(job, limit, out);
					}
				}
				case "restart", "rerun" -> {
					Arguments arguments = Arguments.parse(args, RESTART_OPTIONS, FLAGS);
					if (arguments.has("help")) {
						out.print(command.equals("restart") ? RESTART_USAGE : RERUN_USAGE);
						return 0;
					}
					if (arguments.positional().size() != 1) {
						throw new UsageException(
								command + " needs the id of a run (see tenor list, tenor " + command + " --help)");
					}
					long id = number(arguments.positional().get(0), "the run id");
					try (ConfigurableApplicationContext context = start(arguments, verbose, true)) {
						showProgress(context, out);
						stopGracefully(context.getBean(RunningExecutions.class)::stopAll);
						RestartCommand restart = context.getBean(RestartCommand.class);
						return command.equals("restart") ? restart.restart(id, out) : restart.rerun(id, out);
					}
				}
				default -> throw new UsageException("unknown command '" + command + "' (see tenor --help)");
			}
		}
		catch (UsageException | JobFileException ex) {
			err.println("tenor: " + ex.getMessage());
			return 2;
		}
		catch (RunRefusedException ex) {
			err.println("tenor: " + ex.getMessage());
			return 1;
		}
		catch (Exception | Error ex) {
			err.println("tenor: " + Failures.oneLine(ex));
			if (verbose) {
				ex.printStackTrace(err);
			}
			return 1;
		}
	}

	private static void noPositional(Arguments arguments) {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "' (see tenor "
					+ arguments.command() + " --help)");
		}
	}

	private static int number(String value, String what) {
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException(what + " must be a whole number of at least 1, not '" + value + "'");
	}

	/**
	 * On SIGTERM or Ctrl-C, stops the runs of this process at their next chunk boundary
	 * (STOPPED, restartable) before the JVM shuts down. This has to happen before the
	 * shutdown hooks run: H2 closes its database in a hook of its own (with AUTO_SERVER
	 * it cannot be told not to), and Spark stops its context in another, either of which
	 * would fail a run in the middle of a chunk instead of stopping it.
	 */
	private static void stopGracefully(Runnable stop) {
		for (String name : List.of("TERM", "INT")) {
			try {
				Signal.handle(new Signal(name), signal -> {
					stop.run();
					Runtime.getRuntime().exit(128 + signal.getNumber());
				});
			}
			catch (IllegalArgumentException unsupported) {
				// no such signal here: the JVM's default shutdown applies
			}
		}
	}

	/**
	 * Progress goes to the console: in place on a terminal, as periodic lines elsewhere.
	 */
	private static void showProgress(ConfigurableApplicationContext context, PrintStream out) {
		context.getBean(RunProgress.class).printTo(out, out == System.out && System.console() != null);
	}

	/**
	 * @param runsJob whether the command runs jobs (run, restart, rerun, schedule): the
	 * workbook's classes are then loaded on the idle core while Spring starts
	 * ({@link ReportWarmUp}), once logging is set up (earlier, what the warm-up logs
	 * would reach the console)
	 */
	private static ConfigurableApplicationContext start(Arguments arguments, boolean verbose, boolean runsJob) {
		// Spark's Netty needs this before its classes load (spark-launcher's
		// JavaModuleOptions).
		System.setProperty("io.netty.tryReflectionSetAccessible", "true");
		List<String> properties = new ArrayList<>();
		Path dataDir = Path.of(arguments.options().getOrDefault("data-dir", ".tenor")).toAbsolutePath().normalize();
		properties.add("--tenor.data-dir=" + dataDir);
		if (arguments.has("spark-master")) {
			properties.add("--tenor.spark.master=" + arguments.get("spark-master"));
		}
		if (verbose) {
			properties.add("--logging.threshold.console=INFO");
		}
		SpringApplication application = new SpringApplication(TenorApplication.class);
		if (runsJob) {
			application
				.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> ReportWarmUp.start());
		}
		return application.run(properties.toArray(new String[0]));
	}

}
