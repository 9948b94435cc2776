package news.tenor.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.ArchiveFingerprints;
import news.tenor.archive.ArchiveWalker;
import news.tenor.archive.CommentWords;
import news.tenor.archive.ParsedEntry;
import news.tenor.scoring.SentenceSplitter;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input entry by entry, ahead of the step and on several threads: one walks the
 * archive, the others decode, parse, find quotes and split the comments' own words into
 * sentences, batch by batch, each batch's entries looked up by fingerprint in one query
 * first (an entry stored before byte for byte, {@link ArchiveFingerprints}, is not parsed
 * again). Entries come out in the walk's order, whatever thread read them, so that later
 * copies of an article still merge into earlier ones; bad entries come out as rejects, so
 * reading never stops the step. At most {@link #AHEAD_BYTES} of entries (and
 * {@link #AHEAD_ENTRIES} entries) are held ahead, so memory stays bounded. The number of
 * entries the step took is saved at each commit, and the walk's order is stable, so a
 * restarted ingest skips what an earlier attempt already stored.
 */
class ArchiveReader implements ItemStreamReader<ReadEntry> {

	private static final String READ = "archive.entries.read";

	static final int AHEAD_ENTRIES = 256;

	static final int AHEAD_BYTES = 32 * 1024 * 1024;

	/**
	 * Entries parsed together, after one lookup of their fingerprints: enough to make the
	 * lookup's round trip cheap, few enough to keep every thread busy.
	 */
	static final int BATCH_ENTRIES = 16;

	static final int BATCH_BYTES = 1024 * 1024;

	/**
	 * What the walking thread hands over: a batch being read, the end, or its failure.
	 */
	private record Ahead(Future<List<ReadEntry>> batch, int[] bytes, RuntimeException failure) {

		static final Ahead END = new Ahead(null, null, null);

	}

	private final Path input;

	private final ArchiveFingerprints fingerprints;

	private final SentenceSplitter splitter;

	private final int threads;

	private final BlockingQueue<Ahead> ahead = new ArrayBlockingQueue<>(AHEAD_ENTRIES / BATCH_ENTRIES);

	private final Semaphore aheadBytes = new Semaphore(AHEAD_BYTES);

	private Thread walking;

	private ExecutorService parsing;

	private volatile boolean closed;

	private boolean ended;

	/** The batch being handed out, and where in it. */
	private List<ReadEntry> current = List.of();

	private int[] currentBytes;

	private int next;

	private long read;

	/**
	 * @param threads how many threads parse and split (the walk has one of its own)
	 */
	ArchiveReader(Path input, ArchiveFingerprints fingerprints, SentenceSplitter splitter, int threads) {
		this.input = input;
		this.fingerprints = fingerprints;
		this.splitter = splitter;
		this.threads = threads;
	}

	@Override
	public void open(ExecutionContext context) {
		if (!Files.exists(this.input)) {
			throw new ItemStreamException("input " + this.input + " does not exist");
		}
		long done = context.getLong(READ, 0);
		this.read = done;
		AtomicInteger count = new AtomicInteger();
		this.parsing = Executors.newFixedThreadPool(this.threads, task -> {
			Thread thread = new Thread(task, "tenor-archive-parser-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.walking = new Thread(() -> walk(done), "tenor-archive-reader");
		this.walking.setDaemon(true);
		this.walking.start();
	}

	private void walk(long skip) {
		try (ArchiveWalker walker = new ArchiveWalker(this.input)) {
			for (long skipped = 0; skipped < skip && walker.hasNext(); skipped++) {
				try {
					walker.next();
				}
				catch (ArchiveWalker.Unreadable alreadyRejected) {
					// rejected by the earlier attempt
				}
			}
			Batch batch = new Batch();
			while (!this.closed && walker.hasNext()) {
				ArchiveEntry entry = null;
				ParsedEntry.Rejected unreadable = null;
				try {
					entry = walker.next();
				}
				catch (ArchiveWalker.Unreadable ex) {
					unreadable = new ParsedEntry.Rejected(ex.location(), ex.line(), ex.getMessage());
				}
				int bytes = entry == null ? 0 : Math.min(entry.content().length, AHEAD_BYTES);
				if (!this.aheadBytes.tryAcquire(bytes)) {
					// the step must be able to take what is held before this one is
					batch = submit(batch);
					this.aheadBytes.acquire(bytes);
				}
				batch.add(entry, unreadable, bytes);
				if (batch.full()) {
					batch = submit(batch);
				}
			}
			submit(batch);
			this.ahead.put(Ahead.END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error ex) {
			// a bug or a broken disk: the step fails with it rather than waiting forever
			try {
				this.ahead.put(new Ahead(null, null,
						ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex)));
			}
			catch (InterruptedException closed) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Hands the batch to the parsing threads, in the walk's order; a new one to fill. */
	private Batch submit(Batch batch) throws InterruptedException {
		if (!batch.isEmpty()) {
			Future<List<ReadEntry>> parsed = CompletableFuture.supplyAsync(() -> read(batch), this.parsing);
			this.ahead.put(new Ahead(parsed, batch.bytes(), null));
		}
		return new Batch();
	}

	/** Entries of the walk, in order, and what each one holds ahead. */
	private static final class Batch {

		final List<ArchiveEntry> entries = new ArrayList<>(BATCH_ENTRIES);

		final List<ParsedEntry.Rejected> unreadable = new ArrayList<>(BATCH_ENTRIES);

		final int[] bytes = new int[BATCH_ENTRIES];

		int size;

		int totalBytes;

		void add(ArchiveEntry entry, ParsedEntry.Rejected rejected, int bytes) {
			this.entries.add(entry);
			this.unreadable.add(rejected);
			this.bytes[this.size++] = bytes;
			this.totalBytes += bytes;
		}

		boolean full() {
			return this.size == BATCH_ENTRIES || this.totalBytes >= BATCH_BYTES;
		}

		boolean isEmpty() {
			return this.size == 0;
		}

		int[] bytes() {
			return java.util.Arrays.copyOf(this.bytes, this.size);
		}

	}

	/** Runs on a parsing thread. */
	private List<ReadEntry> read(Batch batch) {
		String[] fingerprints = new String[batch.size];
		List<String> lookUp = new ArrayList<>(batch.size);
		for (int i = 0; i < batch.size; i++) {
			ArchiveEntry entry = batch.entries.get(i);
			if (entry != null) {
				fingerprints[i] = ArchiveFingerprints.of(entry);
				lookUp.add(fingerprints[i]);
			}
		}
		Map<String, ArchiveFingerprints.Stored> known = this.fingerprints.find(lookUp);
		List<ReadEntry> read = new ArrayList<>(batch.size);
		for (int i = 0; i < batch.size; i++) {
			ArchiveEntry entry = batch.entries.get(i);
			if (entry == null) {
				read.add(ReadEntry.of(batch.unreadable.get(i)));
				continue;
			}
			ArchiveFingerprints.Stored stored = known.get(fingerprints[i]);
			if (stored != null) {
				read.add(ReadEntry.of(stored.at(entry.location())));
				continue;
			}
			ParsedEntry parsed = ParsedEntry.of(entry, fingerprints[i]);
			batch.entries.set(i, null); // its bytes are not needed any more
			read.add(parsed instanceof ParsedEntry.Parsed article ? new ReadEntry(article, sentences(article))
					: ReadEntry.of(parsed));
		}
		return read;
	}

	private List<List<SentenceSplitter.SplitSentence>> sentences(ParsedEntry.Parsed article) {
		List<List<SentenceSplitter.SplitSentence>> sentences = new ArrayList<>(article.words().size());
		for (CommentWords words : article.words()) {
			sentences.add(words.own() == null ? List.of() : this.splitter.split(words.own()));
		}
		return sentences;
	}

	@Override
	public ReadEntry read() throws InterruptedException {
		if (this.next == this.current.size()) {
			if (this.ended) {
				return null;
			}
			Ahead batch = this.ahead.take();
			if (batch.failure() != null) {
				throw new ItemStreamException("reading " + this.input + " failed", batch.failure());
			}
			if (batch == Ahead.END) {
				this.ended = true;
				return null;
			}
			try {
				this.current = batch.batch().get();
			}
			catch (ExecutionException ex) {
				throw new ItemStreamException("reading " + this.input + " failed", ex.getCause());
			}
			this.currentBytes = batch.bytes();
			this.next = 0;
		}
		this.aheadBytes.release(this.currentBytes[this.next]);
		this.read++;
		return this.current.get(this.next++);
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(READ, this.read);
	}

	@Override
	public void close() {
		this.closed = true;
		if (this.walking != null) {
			this.walking.interrupt();
			try {
				this.walking.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.walking = null;
		}
		if (this.parsing != null) {
			this.parsing.shutdownNow();
			try {
				this.parsing.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.parsing = null;
		}
		this.ahead.clear();
	}

}
