package news.tenor.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import news.tenor.cli.TenorJar;
import org.springframework.util.FileSystemUtils;

/**
 * A real Spark standalone cluster on this machine: a master and workers, each its own
 * JVM, bound to 127.0.0.1, started from the Spark jars of Tenor's build.
 * {@code SPARK_HOME/jars} holds the build's jars except what Tenor ships to executors
 * itself (CoreNLP, its dependencies and models), so a job only scores if shipping works.
 */
public final class SparkStandaloneCluster implements AutoCloseable {

	private final Path home;

	private final int port;

	private final List<Process> processes = new ArrayList<>();

	private final List<Path> workerDirs = new ArrayList<>();

	private SparkStandaloneCluster(Path home, int port) {
		this.home = home;
		this.port = port;
	}

	/**
	 * Starts a master and {@code workers} workers of {@code cores} cores and
	 * {@code memory} each.
	 * @param target the build folder holding lib/ and executor/ (after
	 * {@code mvn package})
	 */
	public static SparkStandaloneCluster start(Path target, Path home, int workers, int cores, String memory)
			throws IOException, InterruptedException {
		prepareHome(target, home);
		SparkStandaloneCluster cluster = new SparkStandaloneCluster(home, freePort());
		try {
			cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
					Integer.toString(cluster.port), "--webui-port", Integer.toString(freePort()));
			cluster.waitForLog("master", "I have been elected leader", Duration.ofSeconds(60));
			for (int i = 1; i <= workers; i++) {
				Path work = home.resolve("work-" + i);
				Files.createDirectories(work);
				cluster.workerDirs.add(work);
				cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores",
						Integer.toString(cores), "--memory", memory, "--work-dir", work.toString(), "--webui-port",
						Integer.toString(freePort()), cluster.masterUrl());
				cluster.waitForLog("worker-" + i, "Successfully registered with master", Duration.ofSeconds(60));
			}
			return cluster;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	public String masterUrl() {
		return "spark://127.0.0.1:" + this.port;
	}

	/**
	 * The logback configuration Spark's JVMs (executors included) should use: INFO to
	 * stderr.
	 */
	public Path logbackConfig() {
		return this.home.resolve("conf/logback.xml");
	}

	/** Executor JVMs running now, with their stderr log. */
	public List<Executor> executors() {
		List<Executor> executors = new ArrayList<>();
		ProcessHandle.allProcesses()
			.filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
			.forEach(p -> {
				String line = p.info().commandLine().orElse("");
				java.util.regex.Matcher id = java.util.regex.Pattern.compile("--executor-id (\\S+)").matcher(line);
				java.util.regex.Matcher app = java.util.regex.Pattern.compile("--app-id (\\S+)").matcher(line);
				if (id.find() && app.find()) {
					for (Path work : this.workerDirs) {
						Path stderr = work.resolve(app.group(1)).resolve(id.group(1)).resolve("stderr");
						if (Files.exists(stderr)) {
							executors.add(new Executor(p, app.group(1) + "/" + id.group(1), stderr));
						}
					}
				}
			});
		return executors;
	}

	public record Executor(ProcessHandle process, String id, Path stderr) {

		public boolean logContains(String text) {
			try {
				return Files.exists(this.stderr) && Files.readString(this.stderr).contains(text);
			}
			catch (IOException ex) {
				return false;
			}
		}

	}

	private void launch(String name, String mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaCommand(), TenorJar.QUICK_COMPILER, "-Xmx512m", "-cp",
				this.home.resolve("jars") + "/*", "-Dlogback.configurationFile=" + logbackConfig()));
		command.addAll(JavaOptions.SPARK);
		command.add(mainClass);
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.home.resolve(name + ".log").toFile());
		builder.environment().put("SPARK_HOME", this.home.toString());
		builder.environment().put("SPARK_SCALA_VERSION", "2.13");
		builder.environment().remove("SPARK_LOCAL_IP");
		this.processes.add(builder.start());
	}

	private void waitForLog(String name, String text, Duration timeout) throws IOException, InterruptedException {
		Path log = this.home.resolve(name + ".log");
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (Files.exists(log) && Files.readString(log).contains(text)) {
				return;
			}
			if (this.processes.get(this.processes.size() - 1).isAlive() == false) {
				break;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException(name + " did not start: " + (Files.exists(log) ? tail(log) : "no log"));
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

	static String javaCommand() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static void prepareHome(Path target, Path home) throws IOException {
		Path jars = home.resolve("jars");
		// made again each time: the jars a build ships to executors change
		FileSystemUtils.deleteRecursively(jars);
		Files.createDirectories(jars);
		Files.createDirectories(home.resolve("conf"));
		Set<String> shipped;
		try (Stream<Path> executor = Files.list(target.resolve("executor"))) {
			shipped = executor.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		}
		try (Stream<Path> lib = Files.list(target.resolve("lib"))) {
			for (Path jar : (Iterable<Path>) lib::iterator) {
				String name = jar.getFileName().toString();
				// CoreNLP's models and Lingua's classes and models are shipped inside
				// tenor-models.jar, not under their own names
				if (shipped.contains(name) || name.startsWith("stanford-corenlp") || name.startsWith("lingua-")) {
					continue;
				}
				Path link = jars.resolve(name);
				if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.createSymbolicLink(link, jar.toAbsolutePath());
				}
			}
		}
		Files.writeString(home.resolve("conf/logback.xml"), """
				<configuration>
				  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
				    <target>System.err</target>
				    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
				  </appender>
				  <logger name="org.apache.spark.executor.Executor" level="INFO"/>
				  <logger name="org.apache.spark.deploy" level="INFO"/>
				  <logger name="news.tenor" level="INFO"/>
				  <root level="WARN"><appender-ref ref="STDERR"/></root>
				</configuration>
				""");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the workers (and their executors) and the master. */
	@Override
	public void close() {
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			Process process = this.processes.get(i);
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		executors().forEach(e -> e.process().destroyForcibly());
	}

}
