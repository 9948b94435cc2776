package news.tenor.archive;

/**
 * One article's worth of input: an archive file, or one line of a JSON Lines export.
 *
 * @param location the file or member it was read from, e.g. {@code 2026/01/a.txt},
 * {@code old.zip!/a.txt} or {@code cms.jsonl}
 * @param content its raw bytes
 * @param jsonLine whether the content is one JSON Lines record rather than an archive
 * file
 * @param line the line of its file where it starts: 1 for an archive file, the line
 * number for a JSON Lines record
 */
public record ArchiveEntry(String location, byte[] content, boolean jsonLine, int line) {

	/** Where it was read, for people: the location, with the line of a JSON record. */
	public String where() {
		return this.jsonLine ? this.location + ":" + this.line : this.location;
	}

}
