package news.tenor.scoring;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.archive.Text;
import news.tenor.store.Dialect;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The sentence dictionary at ingest: which sentences each comment's own words hold, in
 * order. A sentence is stored once however many comments (or articles, or runs) hold it,
 * which is what the score cache is keyed by. Every call does a whole chunk's comments in
 * a few round trips to the database (look the sentences up, add the new ones, link them),
 * not several per sentence: the data folder's database is another process.
 */
@Component
public class SentenceLinks {

	private static final String INSERT_SENTENCE = "INSERT INTO sentence (text_hash, text, tokens) VALUES (?, ?, ?)";

	private final JdbcTemplate jdbc;

	/** PostgreSQL's insert that leaves a sentence a racing run added; null on H2. */
	private final String insertUnlessThere;

	public SentenceLinks(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.insertUnlessThere = dialect.postgres()
				? dialect.insertIfAbsent("sentence", List.of("text_hash"), List.of("text_hash", "text", "tokens"))
				: null;
	}

	/**
	 * Records the sentences of each comment's own words, in order. The comments have none
	 * linked yet: they are new, or their text changed and ArticleStore dropped their
	 * links in the same transaction.
	 */
	public void link(Map<Long, List<SentenceSplitter.SplitSentence>> sentencesByComment) {
		if (sentencesByComment.isEmpty()) {
			return;
		}
		Map<String, SentenceSplitter.SplitSentence> byHash = new LinkedHashMap<>();
		Map<Long, List<String>> hashes = new LinkedHashMap<>();
		sentencesByComment.forEach((comment, sentences) -> {
			List<String> ofComment = new ArrayList<>(sentences.size());
			for (SentenceSplitter.SplitSentence sentence : sentences) {
				String hash = Text.sha256(sentence.text());
				byHash.putIfAbsent(hash, sentence);
				ofComment.add(hash);
			}
			hashes.put(comment, ofComment);
		});
		Map<String, Long> ids = sentenceIds(byHash);
		List<Object[]> links = new ArrayList<>();
		hashes.forEach((comment, ofComment) -> {
			for (int i = 0; i < ofComment.size(); i++) {
				links.add(new Object[] { comment, i, ids.get(ofComment.get(i)) });
			}
		});
		if (!links.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO comment_sentence (comment_id, idx, sentence_id) VALUES (?, ?, ?)",
					links);
		}
	}

	/** The id of every sentence, adding those not stored yet. */
	private Map<String, Long> sentenceIds(Map<String, SentenceSplitter.SplitSentence> byHash) {
		Map<String, Long> ids = stored(byHash.keySet().toArray(new String[0]));
		List<String> missing = byHash.keySet().stream().filter(hash -> !ids.containsKey(hash)).toList();
		if (missing.isEmpty()) {
			return ids;
		}
		if (this.insertUnlessThere != null) {
			// PostgreSQL: a duplicate key would abort the chunk's whole transaction, so
			// the rows a racing run added are left alone by the insert itself
			this.jdbc.batchUpdate(this.insertUnlessThere, missing.stream().map(hash -> {
				SentenceSplitter.SplitSentence sentence = byHash.get(hash);
				return new Object[] { hash, sentence.text(), sentence.tokens() };
			}).toList());
			ids.putAll(stored(missing.toArray(new String[0])));
			return ids;
		}
		try {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT_SENTENCE, Dialect.GENERATED_ID),
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement insert, int i) throws SQLException {
							String hash = missing.get(i);
							SentenceSplitter.SplitSentence sentence = byHash.get(hash);
							insert.setString(1, hash);
							insert.setString(2, sentence.text());
							insert.setInt(3, sentence.tokens());
						}

						@Override
						public int getBatchSize() {
							return missing.size();
						}

					}, keys);
			long[] generated = Dialect.generatedIds(keys);
			for (int i = 0; i < missing.size(); i++) {
				ids.put(missing.get(i), generated[i]);
			}
		}
		catch (DuplicateKeyException concurrentRun) {
			// another job added some of them meanwhile: take theirs, add the rest one by
			// one
			ids.putAll(stored(missing.toArray(new String[0])));
			for (String hash : missing) {
				if (!ids.containsKey(hash)) {
					ids.put(hash, addOne(hash, byHash.get(hash)));
				}
			}
		}
		return ids;
	}

	private Map<String, Long> stored(String[] hashes) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query("SELECT id, text_hash FROM sentence WHERE text_hash = ANY(?)",
				(RowCallbackHandler) rs -> ids.put(rs.getString(2), rs.getLong(1)), (Object) hashes);
		return ids;
	}

	private long addOne(String hash, SentenceSplitter.SplitSentence sentence) {
		try {
			this.jdbc.update(INSERT_SENTENCE, hash, sentence.text(), sentence.tokens());
		}
		catch (DuplicateKeyException concurrentRun) {
			// another job inserted it meanwhile: use theirs
		}
		return this.jdbc.queryForObject("SELECT id FROM sentence WHERE text_hash = ?", Long.class, hash);
	}

}
