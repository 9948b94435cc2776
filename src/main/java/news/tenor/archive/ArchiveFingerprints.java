package news.tenor.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import news.tenor.store.Dialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The archive entries already stored, by fingerprint: the SHA-256 of an entry's bytes. An
 * entry read before, byte for byte, is not decoded, parsed or compared again: it is the
 * article it was stored as. That makes the rerun of an unchanged archive cost a read and
 * a hash per file, and it means a copy already taken in never undoes what a later copy
 * brought (new votes, edits).
 *
 * <p>
 * Only entries that were stored as an article have a fingerprint; a reject is read again
 * each time, so the run records it and its reason.
 */
@Component
public class ArchiveFingerprints {

	/**
	 * Part of every fingerprint. Change it when reading articles changes what is stored
	 * for the same bytes (a parser fix): every entry is then read again once.
	 */
	static final String READING = "tenor-archive-reading-2";

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	public ArchiveFingerprints(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/** The fingerprint of an entry: its bytes, and whether they are a JSON line. */
	public static String of(ArchiveEntry entry) {
		return Text.sha256((READING + (entry.jsonLine() ? "\njson\n" : "\nfile\n")).getBytes(StandardCharsets.US_ASCII),
				entry.content());
	}

	/** The article an entry was stored as, with what decides whether a run covers it. */
	public record Stored(long articleId, LocalDate published, String source, String category) {

		/** The entry read again at that location. */
		public ParsedEntry.Known at(String location) {
			return new ParsedEntry.Known(location, this.articleId, this.published, this.source, this.category);
		}

	}

	/**
	 * The stored article of each entry read before, by fingerprint, in one query; an
	 * entry whose fingerprint is not among them is new.
	 */
	public Map<String, Stored> find(Collection<String> fingerprints) {
		Map<String, Stored> found = new HashMap<>();
		if (fingerprints.isEmpty()) {
			return found;
		}
		this.jdbc.query(
				"SELECT e.fingerprint, a.id, a.published, a.source, a.category "
						+ "FROM archive_entry e JOIN article a ON a.id = e.article_id WHERE e.fingerprint = ANY(?)",
				(RowCallbackHandler) rs -> found.put(rs.getString(1),
						new Stored(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))),
				(Object) fingerprints.toArray(new String[0]));
		return found;
	}

	/** Records the article each entry (by fingerprint) was stored as. */
	public void record(Map<String, Long> articlesByFingerprint) {
		if (articlesByFingerprint.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				this.dialect.upsert("archive_entry", List.of("fingerprint"), List.of("fingerprint", "article_id")),
				articlesByFingerprint.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList());
	}

}
