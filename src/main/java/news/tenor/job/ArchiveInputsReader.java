package news.tenor.job;

import java.nio.file.Path;
import java.util.List;

import news.tenor.archive.ArchiveFingerprints;
import news.tenor.scoring.SentenceSplitter;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads several archive locations one after the other, each with its own
 * {@link ArchiveReader}. Which location it is on is saved with the entries read, so a
 * restarted ingest resumes in the right location at the right entry.
 */
class ArchiveInputsReader implements ItemStreamReader<ReadEntry> {

	private static final String LOCATION = "archive.inputs.location";

	private final List<Path> inputs;

	private int location;

	private ArchiveReader current;

	private final ArchiveFingerprints fingerprints;

	private final SentenceSplitter splitter;

	private final int threads;

	/**
	 * @param threads how many threads parse and split ahead of the step
	 */
	ArchiveInputsReader(List<Path> inputs, ArchiveFingerprints fingerprints, SentenceSplitter splitter, int threads) {
		this.inputs = List.copyOf(inputs);
		this.fingerprints = fingerprints;
		this.splitter = splitter;
		this.threads = threads;
	}

	private ArchiveReader reader(int location) {
		return new ArchiveReader(this.inputs.get(location), this.fingerprints, this.splitter, this.threads);
	}

	@Override
	public void open(ExecutionContext context) {
		this.location = context.getInt(LOCATION, 0);
		if (this.location < this.inputs.size()) {
			this.current = reader(this.location);
			this.current.open(context);
		}
	}

	@Override
	public ReadEntry read() throws InterruptedException {
		while (this.current != null) {
			ReadEntry entry = this.current.read();
			if (entry != null) {
				return entry;
			}
			this.current.close();
			this.current = null;
			this.location++;
			if (this.location < this.inputs.size()) {
				this.current = reader(this.location);
				this.current.open(new ExecutionContext());
			}
		}
		return null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(LOCATION, this.location);
		if (this.current != null) {
			this.current.update(context);
		}
	}

	@Override
	public void close() {
		if (this.current != null) {
			this.current.close();
		}
	}

}
