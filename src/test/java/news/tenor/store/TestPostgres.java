package news.tenor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server on 127.0.0.1 for the tests, one per test JVM: Debian's
 * {@code postgresql} package's binaries ({@code .ci/run} installs it when it is missing),
 * a throwaway cluster in a temporary folder on a free port, stopped when the JVM exits.
 * PostgreSQL refuses to run as root: as root, the server runs as the package's
 * {@code postgres} user (through {@code setpriv}). Each test takes a database of its own
 * ({@link #newDatabase()}).
 */
public final class TestPostgres {

	private static final String USER = "tenor";

	private static final String PASSWORD = "s3cret-tenor-pg";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static TestPostgres server;

	private final int port;

	private final long pid;

	private TestPostgres(int port, long pid) {
		this.port = port;
		this.pid = pid;
	}

	/** The server's process (its backends are its children). */
	public long pid() {
		return this.pid;
	}

	private static boolean serverDurable;

	/**
	 * The server of this JVM, started on first use; for speed, it does not wait for its
	 * writes to reach the disk (a test never outlives its server).
	 */
	public static synchronized TestPostgres get() {
		if (server == null) {
			server = start(false);
		}
		return server;
	}

	/**
	 * The server of this JVM with PostgreSQL's default durability (every commit flushed
	 * to the disk), as a user's server runs: for benchmarks, which must start it so.
	 */
	public static synchronized TestPostgres durable() {
		if (server == null) {
			server = start(true);
			serverDurable = true;
		}
		if (!serverDurable) {
			throw new IllegalStateException("this JVM's PostgreSQL server was started without durability");
		}
		return server;
	}

	public int port() {
		return this.port;
	}

	public String user() {
		return USER;
	}

	/** The password the server asks for (md5 authentication, so that it is checked). */
	public String password() {
		return PASSWORD;
	}

	/** The JDBC URL of a database of this server. */
	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** A new, empty database; its name. */
	public String newDatabase() {
		String name = "tenor_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database " + name, ex);
		}
		return name;
	}

	/**
	 * Tenor's command-line options that store in that database, as a user gives them.
	 */
	public List<String> options(String database) {
		return List.of("--spring.datasource.url=" + url(database), "--spring.datasource.username=" + USER,
				"--spring.datasource.password=" + PASSWORD);
	}

	/** Tenor's command with the options that store in that database. */
	public String[] args(String database, String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(options(database));
		return args.toArray(String[]::new);
	}

	/** A connection to that database, for reading back what Tenor stored. */
	public JdbcTemplate jdbc(String database) {
		return new JdbcTemplate(new DriverManagerDataSource(url(database), USER, PASSWORD));
	}

	private static TestPostgres start(boolean durable) {
		Path bin = binaries();
		try {
			Path dir = Files.createTempDirectory("tenor-postgres-");
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				// the server's user writes its cluster and socket here
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
			}
			Path data = dir.resolve("data");
			Path passwordFile = dir.resolve("password");
			Files.writeString(passwordFile, PASSWORD + "\n");
			Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
			run(root, dir.resolve("initdb.log"), bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
					"--pwfile=" + passwordFile, "-A", "md5", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
			int port = freePort();
			List<String> command = as(root, bin.resolve("postgres").toString(), "-D", data.toString(), "-p",
					String.valueOf(port), "-k", dir.toString(), "-h", "127.0.0.1", "-c", "max_connections=300");
			if (!durable) {
				command
					.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
			}
			Process postgres = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("postgres.log").toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, dir), "test-postgres-stop"));
			TestPostgres started = new TestPostgres(port, postgres.pid());
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (true) {
				try (Connection connection = DriverManager.getConnection(started.url("postgres"), USER, PASSWORD)) {
					return started;
				}
				catch (SQLException notYet) {
					if (!postgres.isAlive() || System.nanoTime() > deadline) {
						throw new IllegalStateException("the test PostgreSQL server did not start: "
								+ Files.readString(dir.resolve("postgres.log")), notYet);
					}
					Thread.sleep(100);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Debian's server binaries, of the newest PostgreSQL installed. */
	private static Path binaries() {
		Path versions = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> installed = Files.list(versions)) {
				Path newest = installed.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
					.max(Comparator
						.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
					.orElse(null);
				if (newest != null) {
					return newest.resolve("bin");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("the tests of Tenor on PostgreSQL need a PostgreSQL server: install Debian's "
				+ "package (sudo apt-get install postgresql), as .ci/run does");
	}

	private static List<String> as(boolean root, String... command) {
		List<String> full = new ArrayList<>();
		if (root) {
			// setpriv execs the command itself: the process is the server, and a signal
			// to it
			// reaches the server
			full.addAll(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"));
		}
		full.addAll(List.of(command));
		return full;
	}

	private static void run(boolean root, Path log, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(as(root, command)).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Fast shutdown (SIGINT: sessions are ended, the server exits), then the folder is
	 * removed.
	 */
	private static void stop(Process postgres, Path dir) {
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(postgres.pid())).start().waitFor(10, TimeUnit.SECONDS);
			if (!postgres.waitFor(20, TimeUnit.SECONDS)) {
				postgres.destroyForcibly();
			}
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException | InterruptedException ex) {
			// the JVM is exiting: a folder left in /tmp is all that can go wrong
		}
	}

}
