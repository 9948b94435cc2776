package news.tenor.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.mentions.EntityRecogniser;
import news.tenor.scoring.language.Language;
import news.tenor.scoring.language.LanguageDetection;
import news.tenor.store.Dialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sentences, the sentence score cache and comment scores in H2. A sentence is stored once
 * however many comments (or articles, or runs) contain it, and scored once per model
 * setting.
 */
@Component
class ScoreStore {

	/**
	 * One sentence of a comment, with what the cache holds of it: its score for the
	 * parser, CoreNLP's whole analysis, its language.
	 *
	 * @param cached the score, or {@code null}
	 * @param analysis the encoded analysis ({@link SentenceAnalysis}), or {@code null}
	 * @param verdict its language on its own, or {@code null} when not detected
	 * @param mentions its named entities (format m1), or {@code null} when not recognised
	 */
	public record CommentSentence(long commentId, int index, long sentenceId, String text, int tokens,
			SentenceScore cached, String analysis, LanguageDetection.Verdict verdict, String mentions) {
	}

	/**
	 * A comment's score as it is stored.
	 *
	 * @param label the class, or {@code null} when nothing of the comment was scored
	 * @param probabilities CoreNLP's averaged distribution (its scores only), or
	 * {@code null}
	 * @param calibration the calibration that scored it (calibrated scores only)
	 * @param languages the comment's languages by name when not all English, else
	 * {@code null}
	 * @param notEnglish its sentences not in English, left unscored (calibrated only)
	 */
	record StoredComment(Integer label, Double score, double[] probabilities, int sentences, int unscored,
			String calibration, String languages, Integer notEnglish) {

		static StoredComment of(CommentScore score) {
			return new StoredComment(score.label() == null ? null : score.label().ordinal(), score.score(),
					score.probabilities(), score.sentences(), score.unscored(), null, null, null);
		}

	}

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	public ScoreStore(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/**
	 * The sentences of the comments, each with what the cache holds of it for the parser
	 * and the language detector, and its mentions for the recogniser.
	 */
	public List<CommentSentence> sentencesOf(List<Long> commentIds, String model, String detector) {
		return this.jdbc.query("""
				SELECT cs.comment_id, cs.idx, s.id, s.text, s.tokens, ss.status, ss.label, ss.p0, ss.p1, ss.p2, ss.p3,
				       ss.p4, ss.detail, sa.analysis, sl.language, sl.letters, sl.latin, sm.mentions
				FROM comment_sentence cs JOIN sentence s ON s.id = cs.sentence_id
				LEFT JOIN sentence_score ss ON ss.sentence_id = s.id AND ss.model = ?
				LEFT JOIN sentence_analysis sa ON sa.sentence_id = s.id AND sa.model = ?
				LEFT JOIN sentence_language sl ON sl.sentence_id = s.id AND sl.detector = ?
				LEFT JOIN sentence_mentions sm ON sm.sentence_id = s.id AND sm.model = ?
				WHERE cs.comment_id = ANY(?) ORDER BY cs.comment_id, cs.idx
				""", (rs, n) -> {
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
			String language = rs.getString("language");
			LanguageDetection.Verdict verdict = language == null ? null : new LanguageDetection.Verdict(
					Language.of(language), rs.getInt("letters"), rs.getBoolean("latin"));
			return new CommentSentence(rs.getLong("comment_id"), rs.getInt("idx"), rs.getLong("id"),
					rs.getString("text"), rs.getInt("tokens"), cached, rs.getString("analysis"), verdict,
					rs.getString("mentions"));
		}, model, model, detector, EntityRecogniser.modelKey(), commentIds.toArray(new Long[0]));
	}

	/**
	 * Caches the named entities of sentences ({@code SentenceMentions.encode()}) for the
	 * recogniser's model.
	 */
	public void saveMentions(String model, Map<Long, String> mentions) {
		List<Object[]> rows = new ArrayList<>(mentions.size());
		mentions.forEach((id, m) -> rows.add(new Object[] { id, model, m }));
		this.jdbc.batchUpdate(this.dialect.upsert("sentence_mentions", List.of("sentence_id", "model"),
				List.of("sentence_id", "model", "mentions")), rows);
	}

	/** Caches CoreNLP's whole analysis of sentences, beside their scores. */
	public void saveAnalyses(String model, Map<Long, String> analyses) {
		List<Object[]> rows = new ArrayList<>(analyses.size());
		analyses.forEach((id, analysis) -> rows.add(new Object[] { id, model, analysis }));
		this.jdbc.batchUpdate(this.dialect.upsert("sentence_analysis", List.of("sentence_id", "model"),
				List.of("sentence_id", "model", "analysis")), rows);
	}

	/** Caches the language of sentences, each on its own. */
	public void saveVerdicts(String detector, Map<Long, LanguageDetection.Verdict> verdicts) {
		List<Object[]> rows = new ArrayList<>(verdicts.size());
		verdicts.forEach((id, verdict) -> rows
			.add(new Object[] { id, detector, verdict.language().code(), verdict.letters(), verdict.latin() }));
		this.jdbc.batchUpdate(this.dialect.upsert("sentence_language", List.of("sentence_id", "detector"),
				List.of("sentence_id", "detector", "language", "letters", "latin")), rows);
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
		this.jdbc.batchUpdate(this.dialect.upsert("sentence_score", List.of("sentence_id", "model"), List
			.of("sentence_id", "model", "status", "label", "p0", "p1", "p2", "p3", "p4", "detail", "scored_at")), rows);
	}

	void saveCommentScores(String model, Map<Long, StoredComment> scores) {
		List<Object[]> rows = new ArrayList<>(scores.size());
		scores.forEach((id, score) -> {
			double[] p = score.probabilities();
			rows.add(new Object[] { id, model, score.label(), score.score(), p == null ? null : p[0],
					p == null ? null : p[1], p == null ? null : p[2], p == null ? null : p[3], p == null ? null : p[4],
					score.sentences(), score.unscored(), score.calibration(), score.languages(), score.notEnglish() });
		});
		this.jdbc.batchUpdate(this.dialect.upsert("comment_score", List.of("comment_id", "model"),
				List.of("comment_id", "model", "label", "score", "p0", "p1", "p2", "p3", "p4", "sentences", "unscored",
						"calibration", "languages", "not_english")),
				rows);
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
