package news.tenor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import news.tenor.TenorRuns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged {@code target/tenor.jar} in a JVM of its own, as a user or a service
 * manager would, for the integration tests ({@code *IT}, after {@code package}).
 */
public final class TenorJar {

	public static final Path JAR = Path.of("target/tenor.jar").toAbsolutePath();

	/**
	 * The JIT's quick compiler only, for the JVMs the tests start: their runs are short,
	 * and on two cores the optimising compiler's own work costs them more than its faster
	 * code gains (KillAndRestartIT: 130 s with both compilers, 110 s with the quick one
	 * alone). What Tenor does is the same.
	 */
	public static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

	private TenorJar() {
	}

	/** Starts Tenor; its console output goes to {@code log}. */
	public static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(QUICK_COMPILER);
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(JAR.toString());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** Runs Tenor to its end (at most five minutes). */
	public static TenorRuns.Result run(Path log, String... args) throws IOException, InterruptedException {
		Process process = start(log, List.of(), args);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("tenor " + String.join(" ", args) + " did not end: " + read(log));
		}
		return new TenorRuns.Result(process.exitValue(), read(log), "");
	}

	/**
	 * Waits (at most three minutes, polling every {@code pollMillis}) until the process
	 * has got as far as {@code reached} says, and checks it is still at it (then the
	 * caller kills it, say): {@code doing} says what it should still be doing.
	 */
	public static void waitUntil(Process process, Path log, BooleanSupplier reached, long pollMillis, String doing)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!reached.getAsBoolean() && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(pollMillis);
		}
		assertThat(process.isAlive()).as("still " + doing + ": " + read(log)).isTrue();
	}

	public static String read(Path log) throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

}
