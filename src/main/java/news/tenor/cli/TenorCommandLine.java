package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import news.tenor.TenorApplication;
import news.tenor.run.RunProgress;
import news.tenor.run.RunRefusedException;
import news.tenor.run.RunningExecutions;
import news.tenor.report.ReportWarmUp;
import news.tenor.schedule.JobFileException;
import news.tenor.store.DataFolder;
import news.tenor.store.DataFolderException;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import sun.misc.Signal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tenor's command line. Parses the command ({@link TenorCommands}) before Spring starts
 * (the data folder decides which H2 file the context opens, and a bad job file or date is
 * reported before anything runs), runs it, and turns any failure into one line on stderr
 * and a non-zero exit code: 2 for a command line (or job file) Tenor cannot act on, 1 for
 * a run that failed or was refused. {@code --verbose} adds logs and stack traces.
 */
public final class TenorCommandLine {

	private TenorCommandLine() {
	}

	/**
	 * The signal that stopped this process's runs (SIGTERM, Ctrl-C), 0 while none did:
	 * the command then exits with 128 + its number once it has said how its runs ended.
	 */
	private static volatile int signalled;

	/**
	 * Counted down when the command has said how it ended (see {@link #stopGracefully}).
	 */
	private static final CountDownLatch ENDED = new CountDownLatch(1);

	public static int execute(String[] args, PrintStream out, PrintStream err) {
		int code = command(args, out, err);
		ENDED.countDown();
		return signalled != 0 ? 128 + signalled : code;
	}

	private static int command(String[] args, PrintStream out, PrintStream err) {
		boolean verbose = Arrays.asList(args).contains("--verbose");
		CommandLine commandLine = TenorCommands.commandLine();
		try {
			ParseResult parsed;
			try {
				parsed = commandLine.parseArgs(args);
			}
			catch (ParameterException ex) {
				throw new UsageException(usageError(ex));
			}
			if (!parsed.hasSubcommand()) {
				TenorCommands.usage(commandLine, out);
				return 0;
			}
			ParseResult sub = parsed.subcommand();
			CommandLine command = sub.commandSpec().commandLine();
			if (sub.isUsageHelpRequested()) {
				TenorCommands.usage(command, out);
				return 0;
			}
			Object options = sub.commandSpec().userObject();
			if (options instanceof TenorCommands.Run run) {
				return run(run, out, verbose);
			}
			if (options instanceof TenorCommands.Schedule schedule) {
				return schedule(schedule, out, verbose);
			}
			if (options instanceof TenorCommands.ListRuns list) {
				return list(list, out, verbose);
			}
			if (options instanceof TenorCommands.OfOneRun run) {
				return restartOrRerun(sub.commandSpec().name(), run, out, verbose);
			}
			return help(commandLine, ((TenorCommands.Help) options).command, out);
		}
		catch (UsageException | JobFileException ex) {
			err.println("tenor: " + ex.getMessage());
			return 2;
		}
		catch (RunRefusedException | DataFolderException ex) {
			err.println("tenor: " + ex.getMessage());
			return 1;
		}
		catch (Exception | Error ex) {
			String folder = dataDir(commandLine);
			String diagnosis = folder == null ? null : DataFolder.of(Path.of(folder)).diagnose();
			err.println("tenor: " + (diagnosis != null ? diagnosis : Failures.oneLine(ex)));
			if (verbose) {
				ex.printStackTrace(err);
			}
			return 1;
		}
	}

	private static int run(TenorCommands.Run options, PrintStream out, boolean verbose) {
		RunRequest request = RunRequest.from(options);
		try (ConfigurableApplicationContext context = start(options.common, options.spark, verbose, true)) {
			showProgress(context, out);
			stopGracefully(context.getBean(RunningExecutions.class)::stopAll);
			return context.getBean(RunCommand.class).run(request, out);
		}
	}

	private static int schedule(TenorCommands.Schedule options, PrintStream out, boolean verbose)
			throws InterruptedException {
		try (ConfigurableApplicationContext context = start(options.common, options.spark, verbose, true)) {
			ScheduleCommand schedule = context.getBean(ScheduleCommand.class);
			stopGracefully(schedule::stop);
			return schedule.schedule(options.jobs, out);
		}
	}

	private static int list(TenorCommands.ListRuns options, PrintStream out, boolean verbose) {
		try (ConfigurableApplicationContext context = start(options.common, null, verbose, false)) {
			return context.getBean(ListCommand.class).list(options.job, options.limit, out);
		}
	}

	private static int restartOrRerun(String command, TenorCommands.OfOneRun options, PrintStream out,
			boolean verbose) {
		Long id = options.id;
		if (id == null) {
			throw new UsageException(command + " needs the id of a run (see tenor list, tenor " + command + " --help)");
		}
		try (ConfigurableApplicationContext context = start(options.common, options.spark, verbose, true)) {
			showProgress(context, out);
			stopGracefully(context.getBean(RunningExecutions.class)::stopAll);
			RestartCommand restart = context.getBean(RestartCommand.class);
			return command.equals("restart") ? restart.restart(id, out) : restart.rerun(id, out);
		}
	}

	private static int help(CommandLine commandLine, String command, PrintStream out) {
		if (command == null) {
			TenorCommands.usage(commandLine, out);
			return 0;
		}
		CommandLine sub = commandLine.getSubcommands().get(command);
		if (sub == null) {
			throw new UsageException("unknown command '" + command + "' (see tenor --help)");
		}
		TenorCommands.usage(sub, out);
		return 0;
	}

	/** The data folder the parsed command names, if it names one. */
	private static String dataDir(CommandLine commandLine) {
		for (CommandLine sub : commandLine.getSubcommands().values()) {
			var option = sub.getCommandSpec().findOption("--data-dir");
			if (option != null && sub.getParseResult() != null && sub.getParseResult().hasMatchedOption("--data-dir")) {
				return Path.of(option.getValue().toString()).toAbsolutePath().toString();
			}
		}
		return Path.of(".tenor").toAbsolutePath().toString();
	}

	/**
	 * What picocli could not parse, in the sentence Tenor has always used for it: the
	 * command and option named, and where to look.
	 */
	static String usageError(ParameterException ex) {
		String command = ex.getCommandLine().getCommandName();
		String help = "tenor".equals(command) ? "tenor --help" : "tenor " + command + " --help";
		if (ex.getCause() instanceof TypeConversionException conversion) {
			return conversion.getMessage();
		}
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String argument = unmatched.getUnmatched().get(0);
			if ("tenor".equals(command)) {
				return argument.startsWith("-") ? "unknown option " + argument + " (see tenor --help)"
						: "unknown command '" + argument + "' (see tenor --help)";
			}
			if (argument.startsWith("--")) {
				int eq = argument.indexOf('=');
				String option = eq < 0 ? argument : argument.substring(0, eq);
				if (ex.getCommandLine().getCommandSpec().findOption(option) != null) {
					return option + " takes no value";
				}
				return "unknown option " + option + " for '" + command + "' (see " + help + ")";
			}
			return "unexpected argument '" + argument + "' (see " + help + ")";
		}
		if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
				&& missing.getMissing().get(0) instanceof OptionSpec option) {
			return option.longestName() + " needs a value";
		}
		if (ex instanceof OverwrittenOptionException overwritten
				&& overwritten.getOverwritten() instanceof OptionSpec option) {
			return option.longestName() + " is given twice; give it once (see " + help + ")";
		}
		return ex.getMessage() + " (see " + help + ")";
	}

	/**
	 * On SIGTERM or Ctrl-C, stops the runs of this process at their next chunk boundary
	 * (STOPPED, restartable) before the JVM shuts down. This has to happen before the
	 * shutdown hooks run: Spring closes the connection pool in a hook of its own, and
	 * Spark stops its context in another, either of which would fail a run in the middle
	 * of a chunk instead of stopping it.
	 */
	private static void stopGracefully(Runnable stop) {
		for (String name : List.of("TERM", "INT")) {
			try {
				Signal.handle(new Signal(name), signal -> {
					signalled = signal.getNumber();
					stop.run();
					// the command now says how its runs ended ("run 3 stopped; continue
					// it
					// with tenor restart 3") and exits; should it hang, exit anyway
					try {
						if (!ENDED.await(60, TimeUnit.SECONDS)) {
							Runtime.getRuntime().exit(128 + signal.getNumber());
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
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
	private static ConfigurableApplicationContext start(TenorCommands.Common common, TenorCommands.Spark spark,
			boolean verbose, boolean runsJob) {
		// Spark's Netty needs this before its classes load (spark-launcher's
		// JavaModuleOptions).
		System.setProperty("io.netty.tryReflectionSetAccessible", "true");
		List<String> properties = new ArrayList<>();
		// before logging, which writes its file there
		DataFolder.of(common.dataDir).ensureWritable();
		properties.add("--tenor.data-dir=" + common.dataDir.toAbsolutePath().normalize());
		if (spark != null && spark.master != null) {
			properties.add("--tenor.spark.master=" + spark.master);
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
