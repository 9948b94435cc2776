package news.tenor.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import news.tenor.archive.Text;
import news.tenor.store.Dialect;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Locks that say "this is running now", across processes and threads, released when the
 * process that holds them ends, even by {@code kill -9}, so that a lock is never left
 * behind by a crash (unlike a STARTED status in the job repository, which a crash leaves
 * as it was).
 * <p>
 * On the data folder's H2 database they are locks on files in the data folder: the
 * operating system releases them. On a shared PostgreSQL store, which processes of other
 * machines with other data folders use too, they are PostgreSQL's session-level advisory
 * locks, each held by a connection of its own: the server releases them when that
 * connection ends, and a process that dies ends its connections.
 */
@Component
public class RunLocks {

	/**
	 * Lock files this JVM holds, JVM-wide (not per bean): a second channel on a held file
	 * must never be opened, since closing it would release the process's lock on POSIX
	 * systems (FileChannel's documentation warns of it), and another thread or another
	 * Spring context of this JVM (tests start many) asks for the same files.
	 */
	private static final Set<Path> HELD = new HashSet<>();

	private final Path folder;

	/** The shared store's locks; null on H2. */
	private final DatabaseLocks database;

	RunLocks(@Value("${tenor.data-dir}") Path dataDir, Dialect dialect, DataSource dataSource) {
		this.folder = dataDir.resolve("locks");
		this.database = dialect.postgres() ? new DatabaseLocks(dataSource) : null;
	}

	/** A held lock; closing it releases it. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	/** Locks a job name for as long as a run of it goes on. */
	public Optional<Held> tryJob(String jobName) {
		return tryLock("job-" + jobName);
	}

	/** Locks a job instance while an execution of it runs in this process. */
	public Optional<Held> tryInstance(long jobInstanceId) {
		return tryLock("instance-" + jobInstanceId);
	}

	/** Whether some process (this one included) runs an execution of the instance now. */
	public boolean instanceRunning(long jobInstanceId) {
		Optional<Held> lock = tryInstance(jobInstanceId);
		lock.ifPresent(Held::close);
		return lock.isEmpty();
	}

	private Optional<Held> tryLock(String name) {
		if (this.database != null) {
			return this.database.tryLock(name);
		}
		Path file = this.folder.resolve(name + ".lock").toAbsolutePath().normalize();
		synchronized (HELD) {
			if (HELD.contains(file)) {
				return Optional.empty();
			}
			try {
				Files.createDirectories(this.folder);
				FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock();
				if (lock == null) {
					channel.close();
					return Optional.empty();
				}
				HELD.add(file);
				return Optional.of(() -> {
					synchronized (HELD) {
						HELD.remove(file);
						try {
							channel.close();
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot lock " + file, ex);
			}
		}
	}

	/**
	 * PostgreSQL advisory locks, keyed by the first 64 bits of the SHA-256 of the lock's
	 * name. Each lock has a connection of its own, outside the pool (a held lock must not
	 * take a connection the run needs): the lock is the connection's, and closing it
	 * releases it. Two locks of one name conflict whichever process or thread asks.
	 */
	private static final class DatabaseLocks {

		private final DataSource dataSource;

		DatabaseLocks(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		Optional<Held> tryLock(String name) {
			try {
				Connection connection = connect();
				try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
					lock.setLong(1, key(name));
					try (ResultSet rs = lock.executeQuery()) {
						if (!rs.next() || !rs.getBoolean(1)) {
							connection.close();
							return Optional.empty();
						}
					}
				}
				catch (SQLException | RuntimeException ex) {
					connection.close();
					throw ex;
				}
				return Optional.of(() -> {
					try {
						connection.close();
					}
					catch (SQLException ex) {
						// the server releases the lock when the connection ends, however
						// it ends
					}
				});
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot lock " + name + " in the database: " + ex.getMessage(), ex);
			}
		}

		private Connection connect() throws SQLException {
			if (this.dataSource instanceof HikariDataSource hikari) {
				return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
			}
			return this.dataSource.getConnection();
		}

		static long key(String name) {
			return Long.parseUnsignedLong(Text.sha256("tenor:" + name).substring(0, 16), 16);
		}

	}

}
