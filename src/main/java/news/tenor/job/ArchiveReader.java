package news.tenor.job;

import java.nio.file.Files;
import java.nio.file.Path;

import news.tenor.archive.ArchiveWalker;
import news.tenor.archive.ParsedEntry;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input folder entry by entry and parses each one; bad entries come out as
 * rejects, so reading never stops the step. The number of entries read is saved at each
 * commit, so a restarted ingest skips what an earlier attempt already stored.
 */
class ArchiveReader implements ItemStreamReader<ParsedEntry> {

	private static final String READ = "archive.entries.read";

	private final Path input;

	private ArchiveWalker walker;

	private long read;

	ArchiveReader(Path input) {
		this.input = input;
	}

	@Override
	public void open(ExecutionContext context) {
		if (!Files.exists(this.input)) {
			throw new ItemStreamException("input " + this.input + " does not exist");
		}
		this.walker = new ArchiveWalker(this.input);
		long done = context.getLong(READ, 0);
		while (this.read < done && this.walker.hasNext()) {
			try {
				this.walker.next();
			}
			catch (ArchiveWalker.Unreadable alreadyRejected) {
				// rejected by the earlier attempt
			}
			this.read++;
		}
	}

	@Override
	public ParsedEntry read() {
		if (!this.walker.hasNext()) {
			return null;
		}
		this.read++;
		try {
			return ParsedEntry.of(this.walker.next());
		}
		catch (ArchiveWalker.Unreadable ex) {
			return new ParsedEntry.Rejected(ex.location(), 0, ex.getMessage());
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(READ, this.read);
	}

	@Override
	public void close() {
		if (this.walker != null) {
			this.walker.close();
		}
	}

}
