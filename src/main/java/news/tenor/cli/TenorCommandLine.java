package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import news.tenor.TenorApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tenor's command line. Parses the command before Spring starts (the data folder decides
 * which H2 file the context opens), runs it, and turns any failure into one line on
 * stderr and a non-zero exit code; {@code --verbose} adds logs and stack traces.
 */
public final class TenorCommandLine {

	static final String USAGE = """
			Usage: tenor COMMAND [OPTIONS]

			Turns an archive of articles and reader comments into a comment-sentiment workbook.

			Commands:
			  run      ingest an archive, score its comments, write the workbook
			  help     show this help

			Run 'tenor COMMAND --help' for a command's options.
			""";

	static final String RUN_USAGE = """
			Usage: tenor run --input DIR [--output DIR] [--data-dir DIR] [OPTIONS]

			Ingests every article under --input (folders, .gz, .zip, .jsonl), scores the commenters'
			own words with CoreNLP in Spark, and writes one .xlsx workbook into --output.

			Options:
			  --input DIR                 archive folder or file to read (required)
			  --output DIR                where the workbook goes (default: reports)
			  --data-dir DIR              where Tenor keeps its H2 database and log (default: .tenor)
			  --parser sr|pcfg            CoreNLP parser under the sentiment model (default: sr)
			  --max-sentence-tokens N     longer sentences are not parsed, and counted (default: 80)
			  --spark-master URL          Spark master (default: local[*])
			  --overwrite                 replace a workbook of the same name
			  --verbose                   show logs and stack traces
			  --help                      show this help
			""";

	private static final Set<String> RUN_OPTIONS = Set.of("input", "output", "data-dir", "parser",
			"max-sentence-tokens", "spark-master");

	private static final Set<String> FLAGS = Set.of("overwrite", "verbose", "help");

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
					Arguments arguments = Arguments.parse(args, RUN_OPTIONS, FLAGS);
					if (arguments.has("help")) {
						out.print(RUN_USAGE);
						return 0;
					}
					RunRequest request = RunRequest.from(arguments);
					try (ConfigurableApplicationContext context = start(arguments, verbose)) {
						return context.getBean(RunCommand.class).run(request, out);
					}
				}
				default -> throw new UsageException("unknown command '" + command + "' (see tenor --help)");
			}
		}
		catch (UsageException ex) {
			err.println("tenor: " + ex.getMessage());
			return 2;
		}
		catch (Exception | Error ex) {
			err.println("tenor: " + Failures.oneLine(ex));
			if (verbose) {
				ex.printStackTrace(err);
			}
			return 1;
		}
	}

	private static ConfigurableApplicationContext start(Arguments arguments, boolean verbose) {
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
		return application.run(properties.toArray(new String[0]));
	}

}
