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
 * archive and looks its entries up by fingerprint, {@value #LOOKUP_ENTRIES} in one query
 * (an entry stored before byte for byte, {@link ArchiveFingerprints}, is not parsed
 * again); the others decode, parse, find quotes and split the comments' own words into
 * sentences. Entries come out in the walk's order, whatever thread read them, so that
 * later copies of an article still merge into earlier ones; bad entries come out as
 * rejects, so reading never stops the step. At most {@link #AHEAD_BYTES} of entries (and
 * {@link #AHEAD_ENTRIES} entries) are held ahead, so memory stays bounded. The number of
 * entries the step took is saved at each commit, and the walk's order is stable, so a
 * restarted ingest skips what an earlier attempt already stored.
 */
class ArchiveReader implements ItemStreamReader<ReadEntry> {

	private static final String READ = "archive.entries.read";

	static final int AHEAD_ENTRIES = 1024;

	static final int AHEAD_BYTES = 32 * 1024 * 1024;

	/**
	 * Entries looked up by fingerprint together, in one query: the walk waits for it, the
	 * parsing threads do not.
	 */
	static final int LOOKUP_ENTRIES = 64;

	/**
	 * What the walking thread hands over: an entry being read, the end, or its failure.
	 */
	private record Ahead(Future<ReadEntry> entry, int bytes, RuntimeException failure) {

		static final Ahead END = new Ahead(null, 0, null);

	}

	/** An entry of the walk waiting for its lookup, or one that could not be read. */
	private record Walked(ArchiveEntry entry, ParsedEntry.Rejected unreadable, int bytes) {
	}

	private final Path input;

	private final ArchiveFingerprints fingerprints;

	private final SentenceSplitter splitter;

	private final int threads;

	private final BlockingQueue<Ahead> ahead = new ArrayBlockingQueue<>(AHEAD_ENTRIES);

	private final Semaphore aheadBytes = new Semaphore(AHEAD_BYTES);

	private Thread walking;

	private ExecutorService parsing;

	private volatile boolean closed;

	private boolean ended;

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
			List<Walked> walked = new ArrayList<>(LOOKUP_ENTRIES);
			while (!this.closed && walker.hasNext()) {
				Walked next;
				try {
					ArchiveEntry entry = walker.next();
					next = new Walked(entry, null, Math.min(entry.content().length, AHEAD_BYTES));
				}
				catch (ArchiveWalker.Unreadable ex) {
					next = new Walked(null, new ParsedEntry.Rejected(ex.location(), ex.line(), ex.getMessage()), 0);
				}
				if (!this.aheadBytes.tryAcquire(next.bytes())) {
					// the step must be able to take what is held before this one is
					handOver(walked);
					this.aheadBytes.acquire(next.bytes());
				}
				walked.add(next);
				if (walked.size() == LOOKUP_ENTRIES) {
					handOver(walked);
				}
			}
			handOver(walked);
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

	/**
	 * Looks the entries up by fingerprint, in one query, and hands them over in the
	 * walk's order: an entry stored before as it was, any other to a parsing thread.
	 */
	private void handOver(List<Walked> walked) throws InterruptedException {
		if (walked.isEmpty()) {
			return;
		}
		String[] fingerprints = new String[walked.size()];
		List<String> lookUp = new ArrayList<>(walked.size());
		for (int i = 0; i < fingerprints.length; i++) {
			if (walked.get(i).entry() != null) {
				fingerprints[i] = ArchiveFingerprints.of(walked.get(i).entry());
				lookUp.add(fingerprints[i]);
			}
		}
		Map<String, ArchiveFingerprints.Stored> known = this.fingerprints.find(lookUp);
		for (int i = 0; i < fingerprints.length; i++) {
			ArchiveEntry entry = walked.get(i).entry();
			ArchiveFingerprints.Stored stored = entry == null ? null : known.get(fingerprints[i]);
			Future<ReadEntry> read;
			if (entry == null) {
				read = CompletableFuture.completedFuture(ReadEntry.of(walked.get(i).unreadable()));
			}
			else if (stored != null) {
				read = CompletableFuture.completedFuture(ReadEntry.of(stored.at(entry.location())));
			}
			else {
				String fingerprint = fingerprints[i];
				read = CompletableFuture.supplyAsync(() -> read(entry, fingerprint), this.parsing);
			}
			this.ahead.put(new Ahead(read, walked.get(i).bytes(), null));
		}
		walked.clear();
	}

	/** Runs on a parsing thread. */
	private ReadEntry read(ArchiveEntry entry, String fingerprint) {
		ParsedEntry parsed = ParsedEntry.of(entry, fingerprint);
		if (!(parsed instanceof ParsedEntry.Parsed article)) {
			return ReadEntry.of(parsed);
		}
		List<List<SentenceSplitter.SplitSentence>> sentences = new ArrayList<>(article.words().size());
		for (CommentWords words : article.words()) {
			sentences.add(words.own() == null ? List.of() : this.splitter.split(words.own()));
		}
		return new ReadEntry(article, sentences);
	}

	@Override
	public ReadEntry read() throws InterruptedException {
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
		ReadEntry entry;
		try {
			entry = next.entry().get();
		}
		catch (ExecutionException ex) {
			throw new ItemStreamException("reading " + this.input + " failed", ex.getCause());
		}
		this.aheadBytes.release(next.bytes());
		this.read++;
		return entry;
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
