package news.tenor.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.h2.tools.Server;

/**
 * The H2 server of one data folder, a small JVM of its own: it opens the folder's
 * database and serves it on 127.0.0.1 to every Tenor process of this machine that uses
 * the folder, and exits once none has been connected for a while. Started by whichever
 * Tenor process needs it first ({@link DataFolder}), it outlives that process, so two
 * runs on one folder (an analyst's next to the scheduler, in either order) never lose
 * their database when the other ends, as they did when the first process served the file
 * from inside itself (H2's AUTO_SERVER). One server per folder: it holds
 * {@value DataFolder#SERVER_LOCK} while it runs.
 *
 * <p>
 * What it answers is in {@value DataFolder#SERVER_FILE}: {@code port=N} once it serves,
 * or {@code failed=REASON} when the database cannot be opened (a damaged file, a
 * read-only or full disk), which the process that started it reports as one line.
 */
public final class DataFolderServer {

	private DataFolderServer() {
	}

	/** {@code DataFolderServer DATA-DIR IDLE-SECONDS} */
	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath();
		Duration idle = Duration.ofSeconds(Long.parseLong(args[1]));
		try (FileChannel lockFile = FileChannel.open(folder.resolve(DataFolder.SERVER_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
			if (lock == null) {
				return; // another server serves this folder
			}
			serve(folder, idle);
		}
	}

	private static void serve(Path folder, Duration idle) throws Exception {
		Path answer = folder.resolve(DataFolder.SERVER_FILE);
		Connection own;
		try {
			// the server's own session: it creates a new folder's database, and keeps the
			// database open between clients
			own = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(DataFolder.DATABASE)
					+ ";MAX_COMPACT_TIME=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
		}
		catch (SQLException ex) {
			write(answer, "failed=" + DataFolder.oneLine(ex));
			return;
		}
		Server server = null;
		try {
			for (int attempt = 0; server == null; attempt++) {
				try {
					server = Server
						.createTcpServer("-tcpPort", Integer.toString(freePort()), "-baseDir", folder.toString())
						.start();
				}
				catch (SQLException portTaken) {
					if (attempt == 5) {
						throw portTaken;
					}
				}
			}
			write(answer, "port=" + server.getPort() + "\npid=" + ProcessHandle.current().pid());
			waitUntilIdle(own, folder, idle);
		}
		finally {
			Files.deleteIfExists(answer);
			if (server != null) {
				server.stop();
			}
			try (Statement close = own.createStatement()) {
				close.execute("SHUTDOWN");
			}
			catch (SQLException alreadyClosed) {
				// the database file went away
			}
		}
	}

	/**
	 * Returns once no client has been connected for the idle time, or at once when the
	 * database file was deleted (the clients' connections then fail, loudly, instead of
	 * writing to a file nobody can open again).
	 */
	private static void waitUntilIdle(Connection own, Path folder, Duration idle) throws Exception {
		long idleSince = System.nanoTime();
		while (true) {
			Thread.sleep(250);
			if (!Files.exists(folder.resolve(DataFolder.DATABASE + ".mv.db"))) {
				return;
			}
			long sessions;
			try (Statement statement = own.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
				rs.next();
				sessions = rs.getLong(1);
			}
			if (sessions > 1) {
				idleSince = System.nanoTime();
			}
			else if (System.nanoTime() - idleSince > idle.toNanos()) {
				return;
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Writes the answer whole (a reader never sees half of it). */
	private static void write(Path answer, String text) throws IOException {
		Path partial = answer.resolveSibling(answer.getFileName() + ".partial");
		Files.writeString(partial, text + "\n", StandardCharsets.UTF_8);
		Files.move(partial, answer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
