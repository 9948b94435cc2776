package news.tenor.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Locks on files in the data folder that say "this is running now", across processes and
 * threads: the operating system releases a process's locks when it ends, even by
 * {@code kill -9}, so a lock is never left behind by a crash (unlike a STARTED status in
 * the job repository, which a crash leaves as it was).
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

	RunLocks(@Value("${tenor.data-dir}") Path dataDir) {
		this.folder = dataDir.resolve("locks");
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

}
