package news.tenor.job;

import java.util.List;

import news.tenor.archive.ParsedEntry;
import news.tenor.scoring.SentenceSplitter;

/**
 * An archive entry as the ingest step's reader hands it to the writer: what it was read
 * as, and for an article the sentences of each comment's own words, split ahead on the
 * reader's threads.
 *
 * @param sentences for a {@link ParsedEntry.Parsed parsed} article, one list per comment
 * (empty for a comment without own words); empty for anything else
 */
record ReadEntry(ParsedEntry entry, List<List<SentenceSplitter.SplitSentence>> sentences) {

	static ReadEntry of(ParsedEntry entry) {
		return new ReadEntry(entry, List.of());
	}

}
