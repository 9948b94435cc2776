package news.tenor.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sentences, the sentence score cache and comment scores in H2. A sentence is stored once
 * however many comments (or articles, or runs) contain it, and scored once per model
 * setting.
 */
@Component
class ScoreStore {

	/** One sentence of a comment, with its cached score for the model if there is one. */
	public record CommentSentence(long commentId, int index, long sentenceId, String text, int tokens,
			SentenceScore cached) {
	}

	private final JdbcTemplate jdbc;

	public ScoreStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sentences of the comments, each with its cached score for the model (or none).
	 */
	public List<CommentSentence> sentencesOf(List<Long> commentIds, String model) {
		return this.jdbc
			.query("SELECT cs.comment_id, cs.idx, s.id, s.text, s.tokens, ss.status, ss.label, ss.p0, ss.p1, "
					+ "ss.p2, ss.p3, ss.p4, ss.detail FROM comment_sentence cs JOIN sentence s ON s.id = cs.sentence_id "
					+ "LEFT JOIN sentence_score ss ON ss.sentence_id = s.id AND ss.model = ? "
					+ "WHERE cs.comment_id = ANY(?) ORDER BY cs.comment_id, cs.idx", (rs, n) -> {
						SentenceScore cached = null;
						String status = rs.getString("status");
						if (status != null) {
							SentenceScore.Status s = SentenceScore.Status.valueOf(status);
							cached = s == SentenceScore.Status.SCORED
									? SentenceScore.scored(rs.getInt("label"),
											new double[] { rs.getDouble("p0"), rs.getDouble("p1"), rs.getDouble("p2"),
													rs.getDouble("p3"), rs.getDouble("p4") })
									: SentenceScore.unscored(s, rs.getString("detail"));
						}
						return new CommentSentence(rs.getLong("comment_id"), rs.getInt("idx"), rs.getLong("id"),
								rs.getString("text"), rs.getInt("tokens"), cached);
					}, model, commentIds.toArray(new Long[0]));
	}

	public void saveSentenceScores(String model, Map<Long, SentenceScore> scores) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(scores.size());
		scores.forEach((id, score) -> {
			double[] p = score.probabilities();
			rows.add(new Object[] { id, model, score.status().name(), score.isScored() ? score.label() : null,
					p == null ? null : p[0], p == null ? null : p[1], p == null ? null : p[2], p == null ? null : p[3],
					p == null ? null : p[4], score.detail() == null ? null : truncate(score.detail(), 1000), now });
		});
		this.jdbc
			.batchUpdate("MERGE INTO sentence_score (sentence_id, model, status, label, p0, p1, p2, p3, p4, detail, "
					+ "scored_at) KEY (sentence_id, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	public void saveCommentScores(String model, Map<Long, CommentScore> scores) {
		List<Object[]> rows = new ArrayList<>(scores.size());
		scores.forEach((id, score) -> {
			double[] p = score.probabilities();
			rows.add(new Object[] { id, model, score.label() == null ? null : score.label().ordinal(), score.score(),
					p == null ? null : p[0], p == null ? null : p[1], p == null ? null : p[2], p == null ? null : p[3],
					p == null ? null : p[4], score.sentences(), score.unscored() });
		});
		this.jdbc
			.batchUpdate("MERGE INTO comment_score (comment_id, model, label, score, p0, p1, p2, p3, p4, sentences, "
					+ "unscored) KEY (comment_id, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/**
	 * Groups rows by comment, keeping the order of the given ids; comments without
	 * sentences get none.
	 */
	public static Map<Long, List<CommentSentence>> byComment(List<Long> commentIds, List<CommentSentence> rows) {
		Map<Long, List<CommentSentence>> grouped = new LinkedHashMap<>();
		commentIds.forEach(id -> grouped.put(id, new ArrayList<>()));
		rows.forEach(row -> grouped.get(row.commentId()).add(row));
		return grouped;
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
