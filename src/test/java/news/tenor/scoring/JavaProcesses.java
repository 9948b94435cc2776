package news.tenor.scoring;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Java main class in a fresh JVM with this JVM's classpath, as a user would run
 * it: benchmarks time CoreNLP's command line and Tenor's whole job this way, JVM start
 * and model loading included.
 */
public final class JavaProcesses {

	/** How a process ended and how long it took. */
	record Outcome(int exitCode, double seconds, String output) {

		Outcome orFail(String what) {
			if (this.exitCode != 0) {
				throw new IllegalStateException(what + " exited with " + this.exitCode + ":\n" + this.output);
			}
			return this;
		}

	}

	private JavaProcesses() {
	}

	/** Runs {@code mainClass} with the given heap and arguments and waits for it. */
	static Outcome run(String heap, Path log, String mainClass, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		// the options Spark needs on Java 17, as the test JVM got them from the pom
		for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (option.startsWith("--add-opens") || option.startsWith("--add-modules")
					|| option.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || option.startsWith("-Djdk.reflect")
					|| option.startsWith("-Dio.netty")) {
				command.add(option);
			}
		}
		command.add("-cp");
		command.add(classpath());
		command.add(mainClass);
		command.addAll(args);
		try {
			Files.createDirectories(log.toAbsolutePath().getParent());
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			int code = process.waitFor();
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Outcome(code, seconds, Files.readString(log));
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start " + mainClass, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * The machine's load average over the last minute: benchmarks print it next to their
	 * timings, which mean little when other work shares the cores.
	 */
	public static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/**
	 * Surefire runs tests from a manifest-only jar; the real classpath is in this
	 * property.
	 */
	private static String classpath() {
		String classpath = System.getProperty("surefire.test.class.path");
		return classpath != null && !classpath.isBlank() ? classpath
				: String.join(File.pathSeparator, System.getProperty("java.class.path"));
	}

}
