package news.tenor.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import news.tenor.cli.TenorJar;

/**
 * The packaged Tenor ({@code target/tenor.jar}) run as its own JVM, as a user runs it.
 */
final class TenorProcess {

	static final Path TARGET = Path.of("target").toAbsolutePath();

	private TenorProcess() {
	}

	record Run(int exitCode, String output) {
	}

	/**
	 * Starts {@code tenor run} on the archive; console output goes to
	 * {@code dir/console.log}.
	 */
	static Process start(Path archive, Path dir, String master, List<String> jvmOptions) throws IOException {
		Files.createDirectories(dir);
		List<String> command = new ArrayList<>();
		command.add(SparkStandaloneCluster.javaCommand());
		command.add(TenorJar.QUICK_COMPILER);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", TARGET.resolve("tenor.jar").toString(), "run", "--input", archive.toString(),
				"--output", dir.resolve("reports").toString(), "--data-dir", dir.resolve("data").toString(),
				"--spark-master", master));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("console.log").toFile())
			.start();
	}

	static Run run(Path archive, Path dir, String master, List<String> jvmOptions)
			throws IOException, InterruptedException {
		Process process = start(archive, dir, master, jvmOptions);
		boolean done = process.waitFor(30, TimeUnit.MINUTES);
		if (!done) {
			process.destroyForcibly();
		}
		return new Run(done ? process.exitValue() : -1, Files.readString(dir.resolve("console.log")));
	}

	/**
	 * JVM options for a driver of the given cluster: executors log INFO to their stderr.
	 */
	static List<String> clusterDriver(SparkStandaloneCluster cluster) {
		return List.of("-Xmx3g", "-Dspark.driver.host=127.0.0.1", "-Dspark.executor.memory=1500m",
				"-Dspark.executor.extraJavaOptions=-Dlogback.configurationFile=" + cluster.logbackConfig() + " "
						+ TenorJar.QUICK_COMPILER);
	}

}
