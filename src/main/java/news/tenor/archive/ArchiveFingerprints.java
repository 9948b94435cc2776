package news.tenor.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import news.tenor.store.Dialect;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private final String record;

	public ArchiveFingerprints(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.record = new Dialect(jdbc.getDataSource()).upsert("archive_entry", List.of("fingerprint"),
				List.of("fingerprint", "article_id"));
	}

	/** The fingerprint of an entry: its bytes, and whether they are a JSON line. */
	public static String of(ArchiveEntry entry) {
		return Text.sha256((READING + (entry.jsonLine() ? "\njson\n" : "\nfile\n")).getBytes(StandardCharsets.US_ASCII),
				entry.content());
	}

	/**
	 * The stored article of an entry read before, or {@code null}.
	 */
	public ParsedEntry.Known find(String location, String fingerprint) {
		List<ParsedEntry.Known> found = this.jdbc.query(
				"SELECT a.id, a.published, a.source, a.category "
						+ "FROM archive_entry e JOIN article a ON a.id = e.article_id WHERE e.fingerprint = ?",
				(rs, n) -> new ParsedEntry.Known(location, rs.getLong(1), rs.getObject(2, LocalDate.class),
						rs.getString(3), rs.getString(4)),
				fingerprint);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Records the article each entry (by fingerprint) was stored as. */
	public void record(Map<String, Long> articlesByFingerprint) {
		if (articlesByFingerprint.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(this.record,
				articlesByFingerprint.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList());
	}

}
