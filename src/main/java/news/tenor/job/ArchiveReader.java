package news.tenor.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.ArchiveFingerprints;
import news.tenor.archive.ArchiveWalker;
import news.tenor.archive.ParsedEntry;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input entry by entry and parses each one, unless it was stored before byte
 * for byte ({@link ArchiveFingerprints}); bad entries come out as rejects, so reading
 * never stops the step. Parsing runs ahead on a thread of its own while the step writes,
 * holding at most {@link #AHEAD_BYTES} of entries (and {@link #AHEAD_ENTRIES} entries),
 * so memory stays bounded. The number of entries the step took is saved at each commit,
 * and the walk's order is stable, so a restarted ingest skips what an earlier attempt
 * already stored.
 */
class ArchiveReader implements ItemStreamReader<ParsedEntry> {

	private static final String READ = "archive.entries.read";

	static final int AHEAD_ENTRIES = 256;

	static final int AHEAD_BYTES = 32 * 1024 * 1024;

	/** What the parsing thread hands over: an entry, the end, or its failure. */
	private record Ahead(ParsedEntry entry, int bytes, RuntimeException failure) {

		static final Ahead END = new Ahead(null, 0, null);

	}

	private final Path input;

	private final ArchiveFingerprints fingerprints;

	private final BlockingQueue<Ahead> ahead = new ArrayBlockingQueue<>(AHEAD_ENTRIES);

	private final Semaphore aheadBytes = new Semaphore(AHEAD_BYTES);

	private Thread parser;

	private volatile boolean closed;

	private boolean ended;

	private long read;

	ArchiveReader(Path input, ArchiveFingerprints fingerprints) {
		this.input = input;
		this.fingerprints = fingerprints;
	}

	@Override
	public void open(ExecutionContext context) {
		if (!Files.exists(this.input)) {
			throw new ItemStreamException("input " + this.input + " does not exist");
		}
		long done = context.getLong(READ, 0);
		this.read = done;
		this.parser = new Thread(() -> parseAhead(done), "tenor-archive-reader");
		this.parser.setDaemon(true);
		this.parser.start();
	}

	private void parseAhead(long skip) {
		try (ArchiveWalker walker = new ArchiveWalker(this.input)) {
			for (long skipped = 0; skipped < skip && walker.hasNext(); skipped++) {
				try {
					walker.next();
				}
				catch (ArchiveWalker.Unreadable alreadyRejected) {
					// rejected by the earlier attempt
				}
			}
			while (!this.closed && walker.hasNext()) {
				ParsedEntry entry;
				int bytes;
				try {
					ArchiveEntry next = walker.next();
					bytes = Math.min(next.content().length, AHEAD_BYTES);
					String fingerprint = ArchiveFingerprints.of(next);
					ParsedEntry.Known known = this.fingerprints.find(next.location(), fingerprint);
					entry = known != null ? known : ParsedEntry.of(next, fingerprint);
				}
				catch (ArchiveWalker.Unreadable ex) {
					bytes = 0;
					entry = new ParsedEntry.Rejected(ex.location(), ex.line(), ex.getMessage());
				}
				this.aheadBytes.acquire(bytes);
				this.ahead.put(new Ahead(entry, bytes, null));
			}
			this.ahead.put(Ahead.END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error ex) {
			// a bug or a broken disk: the step fails with it rather than waiting forever
			try {
				this.ahead.put(new Ahead(null, 0,
						ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex)));
			}
			catch (InterruptedException closed) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public ParsedEntry read() throws InterruptedException {
		if (this.ended) {
			return null;
		}
		Ahead next = this.ahead.take();
		if (next.failure() != null) {
			throw new ItemStreamException("reading " + this.input + " failed", next.failure());
		}
		if (next == Ahead.END) {
			this.ended = true;
			return null;
		}
		this.aheadBytes.release(next.bytes());
		this.read++;
		return next.entry();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(READ, this.read);
	}

	@Override
	public void close() {
		this.closed = true;
		if (this.parser != null) {
			this.parser.interrupt();
			try {
				this.parser.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.parser = null;
		}
		this.ahead.clear();
	}

}
