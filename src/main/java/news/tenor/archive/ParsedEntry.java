package news.tenor.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * What the ingest step made of one archive entry: an article with the words of each
 * comment, an article stored before from the same bytes, or the reason it is not one.
 */
public sealed interface ParsedEntry {

	String location();

	/**
	 * @param location where it was read: the file or member, with the line of a JSON
	 * record ({@code cms.jsonl:17})
	 * @param truncated whether an archive file is cut short: it ends inside a character,
	 * its last comment has no vote line, or it has no comments and ends inside a line
	 * (ArticleStore never lets such a copy overwrite what is stored)
	 * @param fingerprint the entry's {@link ArchiveFingerprints fingerprint}
	 */
	record Parsed(String location, Article article, List<CommentWords> words, String encoding, boolean truncated,
			String fingerprint) implements ParsedEntry {

		public Parsed {
			words = List.copyOf(words);
		}

	}

	/**
	 * An entry read before, byte for byte: the article it was stored as, with what
	 * decides whether a run covers it.
	 */
	record Known(String location, long articleId, LocalDate published, String source,
			String category) implements ParsedEntry {
	}

	/**
	 * @param location the file or member ({@code a/b.txt}, {@code a.zip!/b.txt},
	 * {@code cms.jsonl}), without the line, so that rejects sort by file, then line
	 * @param line the line of that file where reading stopped (1-based; for a JSON
	 * record, its line), or 0 when no line applies (a corrupt zip)
	 */
	record Rejected(String location, int line, String reason) implements ParsedEntry {
	}

	/** Reads one entry; bad input is never thrown, it comes back as {@link Rejected}. */
	public static ParsedEntry of(ArchiveEntry entry) {
		return of(entry, ArchiveFingerprints.of(entry));
	}

	/**
	 * Reads one entry whose {@link ArchiveFingerprints fingerprint} is known already,
	 * accepting the {@link PublicationDates} of today.
	 */
	static ParsedEntry of(ArchiveEntry entry, String fingerprint) {
		return EntryParser.parse(entry, fingerprint, PublicationDates.today());
	}

}
