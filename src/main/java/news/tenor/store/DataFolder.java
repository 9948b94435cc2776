package news.tenor.store;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A data folder: the H2 database Tenor keeps there, served to this machine's Tenor
 * processes by the folder's {@link DataFolderServer}, and the memory of having had one.
 *
 * <p>
 * {@link #open} finds the folder's server, or starts it (a JVM of its own, detached from
 * this process and its terminal) and waits until it serves; it then holds a connection
 * for as long as the caller keeps the {@link Session}, so the server never leaves a
 * process that uses it. Before that it refuses a folder that has lost its database: once
 * a database was made here, the folder holds {@value #MARKER} with its id (also kept in
 * the database), and a folder where the marker is but the database is missing, empty or
 * another folder's is refused with one line instead of silently starting afresh with no
 * history and no score cache.
 */
public final class DataFolder {

	/** The database's name: {@code tenor.mv.db}. */
	static final String DATABASE = "tenor";

	/** Held by the folder's server while it runs. */
	static final String SERVER_LOCK = "server.lock";

	/**
	 * What the server answers: where it listens, or why it could not open the database.
	 */
	static final String SERVER_FILE = "server.port";

	/** The id of the database made here, written once it exists. */
	static final String MARKER = "tenor.id";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Path folder;

	private DataFolder(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	public static DataFolder of(Path folder) {
		return new DataFolder(folder);
	}

	public Path path() {
		return this.folder;
	}

	/** The database file. */
	public Path database() {
		return this.folder.resolve(DATABASE + ".mv.db");
	}

	/** A connection to the folder's server that keeps it serving, and its URL. */
	public record Session(String url, Connection keepAlive) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.keepAlive.close();
			}
			catch (SQLException alreadyGone) {
				// the server went away: nothing to keep alive
			}
		}

	}

	/**
	 * Checks that the folder has not lost its database, then connects to the folder's
	 * server, starting it if none serves.
	 * @param idle how long the server waits without clients before it exits
	 */
	public Session open(Duration idle) {
		ensureWritable();
		refuseIfLost();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		Process started = null;
		while (true) {
			Answer answer = answer();
			if (answer.failed() != null) {
				deleteAnswer();
				throw new DataFolderException(
						"the database " + database() + " cannot be opened: " + plain(answer.failed()) + lostHint(),
						null);
			}
			if (answer.port() > 0) {
				String url = url(answer.port());
				try {
					return new Session(url, connect(url));
				}
				catch (SQLException gone) {
					if (!ProcessHandle.of(answer.pid()).map(ProcessHandle::isAlive).orElse(false)) {
						deleteAnswer(); // a server killed without a chance to say so
					}
				}
			}
			if (started == null) {
				started = startServer(idle);
			}
			else if (!started.isAlive() && !Files.exists(this.folder.resolve(SERVER_FILE)) && !serverRunning()) {
				// it ended without a word, and no other server took the folder meanwhile
				throw new DataFolderException("the database server of " + this.folder + " could not start: "
						+ lastLine(this.folder.resolve("server.log")));
			}
			if (System.nanoTime() > deadline) {
				throw new DataFolderException("the database server of " + this.folder + " did not start within "
						+ START_TIMEOUT.toSeconds() + " s; see " + this.folder.resolve("server.log"));
			}
			sleep(50);
		}
	}

	/**
	 * Makes the folder if need be and checks it can be written: before anything else
	 * (logging included) tries to write there.
	 */
	public void ensureWritable() {
		try {
			Files.createDirectories(this.folder);
		}
		catch (IOException ex) {
			throw new DataFolderException("cannot make the data folder " + this.folder + ": " + reason(ex), ex);
		}
		// a probe of this process's own: two commands starting at once on one folder
		// must not take each other's probe for a folder they cannot write
		Path probe = this.folder
			.resolve(".tenor-write-check-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
		try {
			Files.deleteIfExists(probe);
			Files.createFile(probe);
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw new DataFolderException("the data folder " + this.folder + " cannot be written (" + reason(ex)
					+ "): Tenor keeps its database and log there; give one it may write with --data-dir", ex);
		}
	}

	/**
	 * Why the folder's database failed a command, when the folder can tell: it lost its
	 * database, or its disk is full. {@code null} when neither (the failure says why).
	 */
	public String diagnose() {
		try {
			refuseIfLost();
		}
		catch (DataFolderException lost) {
			return lost.getMessage();
		}
		try {
			long free = Files.getFileStore(this.folder).getUsableSpace();
			if (free < 4L * 1024 * 1024) {
				return "the disk of the data folder " + this.folder + " is full (" + free / 1024
						+ " KB free): free some space, then restart the run with tenor restart ID";
			}
		}
		catch (IOException ex) {
			// nothing more to say
		}
		return null;
	}

	/** The JDBC URL of the folder's database on a server at that port. */
	static String url(int port) {
		// a run waits up to 10 s for a row another run holds, not H2's default second
		return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + DATABASE + ";LOCK_TIMEOUT=10000";
	}

	private static Connection connect(String url) throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", "sa");
		credentials.setProperty("password", "");
		return DriverManager.getConnection(url, credentials);
	}

	/**
	 * A folder that had a database (its marker says so) and lost it: refused, whatever
	 * the command, before anything makes a new one.
	 */
	void refuseIfLost() {
		if (!Files.exists(this.folder.resolve(MARKER))) {
			return;
		}
		Path database = database();
		try {
			if (!Files.exists(database)) {
				throw lost("is missing");
			}
			if (Files.size(database) == 0) {
				throw lost("is empty (0 bytes)");
			}
		}
		catch (IOException ex) {
			throw new DataFolderException("cannot read " + database + ": " + reason(ex), ex);
		}
	}

	private DataFolderException lost(String what) {
		return new DataFolderException("the data folder " + this.folder + " has lost its database: " + database() + " "
				+ what + " (it was made " + madeAt() + "); restore it from a backup, or delete the folder "
				+ this.folder + " to start afresh without its run history and score cache");
	}

	private String lostHint() {
		return Files.exists(this.folder.resolve(MARKER))
				? "; restore it from a backup, or delete the folder " + this.folder + " to start afresh" : "";
	}

	private String madeAt() {
		String marker = marker();
		int at = marker == null ? -1 : marker.indexOf(" made ");
		return at < 0 ? "earlier" : marker.substring(at + 6).strip();
	}

	/**
	 * The id of the database made in this folder, or {@code null} before there was one.
	 */
	String markedId() {
		String marker = marker();
		return marker == null ? null : marker.split("\\s+")[0];
	}

	private String marker() {
		try {
			Path file = this.folder.resolve(MARKER);
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Remembers that this folder has a database, with its id. */
	void mark(String id, LocalDateTime made) {
		Path marker = this.folder.resolve(MARKER);
		Path partial = this.folder.resolve(MARKER + ".partial");
		try {
			Files.writeString(partial, id + " made " + made.withNano(0) + "\n", StandardCharsets.UTF_8);
			Files.move(partial, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new DataFolderException("cannot write " + marker + ": " + reason(ex), ex);
		}
	}

	private record Answer(int port, long pid, String failed) {
	}

	private Answer answer() {
		Path file = this.folder.resolve(SERVER_FILE);
		try {
			if (!Files.exists(file)) {
				return new Answer(0, 0, null);
			}
			int port = 0;
			long pid = 0;
			String failed = null;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.startsWith("port=")) {
					port = Integer.parseInt(line.substring(5).strip());
				}
				else if (line.startsWith("pid=")) {
					pid = Long.parseLong(line.substring(4).strip());
				}
				else if (line.startsWith("failed=")) {
					failed = line.substring(7).strip();
				}
			}
			return new Answer(port, pid, failed);
		}
		catch (IOException | NumberFormatException ex) {
			return new Answer(0, 0, null);
		}
	}

	private void deleteAnswer() {
		try {
			Files.deleteIfExists(this.folder.resolve(SERVER_FILE));
		}
		catch (IOException ex) {
			// the next reader finds it and checks it again
		}
	}

	/**
	 * Starts the folder's server in a JVM of its own, in a session of its own
	 * ({@code setsid}) where there is one, so that Ctrl-C in this terminal does not stop
	 * it under other processes. Should two processes start one at the same moment, the
	 * second finds the first's lock and exits.
	 */
	/** Whether some process holds the folder's server lock (a server runs or starts). */
	private boolean serverRunning() {
		try (FileChannel channel = FileChannel.open(this.folder.resolve(SERVER_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (IOException | OverlappingFileLockException ex) {
			return true;
		}
	}

	private static String lastLine(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				String line = lines.get(i).strip();
				if (!line.isEmpty() && !line.startsWith("at ")) {
					return line;
				}
			}
		}
		catch (IOException ex) {
			// fall through
		}
		return "see " + log;
	}

	private Process startServer(Duration idle) {
		List<String> command = new ArrayList<>();
		if (new File("/usr/bin/setsid").canExecute()) {
			command.add("/usr/bin/setsid");
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		command.add("-cp");
		command.add(classPath());
		command.add(DataFolderServer.class.getName());
		command.add(this.folder.toString());
		command.add(Long.toString(Math.max(1, idle.toSeconds())));
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.folder.resolve("server.log").toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.start();
		}
		catch (IOException ex) {
			throw new DataFolderException("cannot start the database server of " + this.folder + ": " + reason(ex), ex);
		}
	}

	/**
	 * H2 and this class, wherever they are (jars of target/lib, or classes of a build).
	 */
	private static String classPath() {
		Set<String> entries = new HashSet<>();
		for (Class<?> type : List.of(org.h2.Driver.class, DataFolderServer.class)) {
			try {
				entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
			}
			catch (java.net.URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase();
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/** What an H2 error means for the user, where it is one of the common ones. */
	static String plain(String h2) {
		String lower = h2.toLowerCase();
		if (lower.contains("no space left")) {
			return "the disk is full (" + h2 + ")";
		}
		if (lower.contains("reading from") || lower.contains("corrupt") || lower.contains("file is not a")) {
			return "it is damaged, cut short or not an H2 database (" + h2 + ")";
		}
		if (lower.contains("read only") || lower.contains("readonly") || lower.contains("permission denied")) {
			return "it cannot be written (" + h2 + ")";
		}
		return h2;
	}

	/** The first line of an H2 error, without its error code and version. */
	static String oneLine(SQLException ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		message = message.lines().findFirst().orElse(message).replaceAll("\\s*\\[\\d+-\\d+]$", "");
		return message.replace("\n", " ");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataFolderException("interrupted while the database server of a data folder started");
		}
	}

}
