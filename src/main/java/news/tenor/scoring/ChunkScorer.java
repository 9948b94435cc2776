package news.tenor.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import news.tenor.mentions.EntityRecogniser;
import news.tenor.scoring.calibration.CalibratedScore;
import news.tenor.scoring.calibration.CalibratedScorer;
import news.tenor.scoring.calibration.SentenceInput;
import news.tenor.scoring.language.Language;
import news.tenor.scoring.language.LanguageDetection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the comments of a run one chunk at a time: sentences over the limit are marked
 * too long, sentences in the cache for the parser are taken from it, and only the rest
 * (each distinct sentence once) is parsed in Spark. For the calibrated score each
 * sentence's language is detected there too (once: it is cached), a sentence clearly in
 * another language is not parsed, and the comment's score is made of its English
 * sentences from what the cache holds of them ({@link CalibratedScorer}: no parse).
 * Sentence and comment scores are written with the caller's transaction, so a restart
 * resumes at the first comment without a score.
 *
 * <p>
 * Cores are kept busy across chunk boundaries: before waiting for its own sentences, a
 * chunk queues the next chunk's uncached sentences in Spark, so they run while this chunk
 * finishes and is committed, and are done or nearly done when the next chunk asks for
 * them. Scores only reach the cache with the chunk that commits them: a failed run loses
 * at most the work in flight, never consistency. One scorer serves one score step.
 */
public final class ChunkScorer {

	private static final Logger log = LoggerFactory.getLogger(ChunkScorer.class);

	/**
	 * The language detector's key in the cache: a change of the rule or of Lingua is a
	 * change of it (the sentences are then detected again, not parsed again).
	 */
	public static final String DETECTOR = "lingua-1.2.2/rule-2";

	/**
	 * What scoring a chunk did, for the run's counts.
	 *
	 * @param detected sentences whose language was detected
	 * @param notEnglish sentences not in English, left unscored (calibrated score)
	 * @param commentsNotEnglish comments with no English sentence to score
	 * @param recognised sentences the named-entity recogniser tagged (calibrated score;
	 * in the parser's pass, or alone for a sentence scored before)
	 */
	public record Chunk(int comments, int parsed, int cached, int tooLong, int failed,
			Map<String, Integer> parsedByExecutor, int detected, int notEnglish, int commentsNotEnglish,
			int recognised) {
	}

	private final ScoreStore store;

	private final SparkScorer scorer;

	private final ScoringSettings settings;

	private final boolean calibrated;

	/** Whether the recogniser tags the sentences (calibrated score, mentions on). */
	private final boolean mentions;

	/** Sentences submitted to Spark and not yet taken by a chunk, with their batch. */
	private final Map<Long, SparkScorer.Scoring> inFlight = new HashMap<>();

	ChunkScorer(ScoreStore store, SparkScorer scorer, ScoringSettings settings, boolean mentions) {
		this.store = store;
		this.scorer = scorer;
		this.settings = settings;
		this.calibrated = settings.scorer() == Scorer.CALIBRATED;
		this.mentions = this.calibrated && mentions;
	}

	/**
	 * Scores the comments and stores their scores (and what is new of their sentences in
	 * the cache).
	 * @param next the comments of the next chunk, whose sentences are queued meanwhile
	 */
	public Chunk score(List<Long> commentIds, List<Long> next) {
		long start = System.nanoTime();
		int maxTokens = this.settings.maxSentenceTokens();
		List<ScoreStore.CommentSentence> rows = this.store.sentencesOf(commentIds, this.settings.sentenceModelKey(),
				DETECTOR);

		Map<Long, SentenceScore> known = new HashMap<>();
		Map<Long, String> analyses = new HashMap<>();
		Map<Long, LanguageDetection.Verdict> verdicts = new HashMap<>();
		Set<Long> awaited = new LinkedHashSet<>();
		Set<Long> seen = new java.util.HashSet<>();
		List<SentenceTask> toSubmit = new ArrayList<>();
		int cached = 0;
		int tooLong = 0;
		for (ScoreStore.CommentSentence row : rows) {
			long id = row.sentenceId();
			if (!seen.add(id)) {
				continue;
			}
			if (row.analysis() != null) {
				analyses.put(id, row.analysis());
			}
			if (row.verdict() != null) {
				verdicts.put(id, row.verdict());
			}
			SentenceTask task = task(row);
			if (row.tokens() > maxTokens) {
				// decided by the limit, whatever the cache holds, so that a comment's
				// score
				// depends on the settings only, never on what earlier runs happened to
				// parse
				known.put(id, SentenceScore.tooLong(row.tokens(), maxTokens));
				tooLong++;
			}
			else if (row.cached() != null) {
				known.put(id, row.cached());
				cached++;
			}
			if (task != null) {
				awaited.add(id);
				if (!this.inFlight.containsKey(id)) {
					toSubmit.add(task);
				}
			}
		}
		submit(toSubmit);
		submitNext(next);

		Map<Long, SentenceScore> fresh = new HashMap<>();
		Map<Long, String> freshAnalyses = new HashMap<>();
		Map<Long, LanguageDetection.Verdict> freshVerdicts = new HashMap<>();
		Map<Long, String> freshMentions = new HashMap<>();
		Map<String, Integer> byExecutor = new TreeMap<>();
		int parsed = 0;
		int failed = 0;
		for (long id : awaited) {
			ScoredSentence done = this.inFlight.remove(id).result(id);
			if (done.language() != null) {
				LanguageDetection.Verdict verdict = new LanguageDetection.Verdict(Language.of(done.language()),
						done.letters(), done.latin());
				verdicts.put(id, verdict);
				freshVerdicts.put(id, verdict);
			}
			if (done.mentions() != null) {
				freshMentions.put(id, done.mentions());
			}
			SentenceScore score = done.score();
			if (score == null) {
				continue; // detected only, or not English: not parsed
			}
			known.put(id, score);
			byExecutor.merge(done.executor(), 1, Integer::sum);
			switch (score.status()) {
				case SCORED -> parsed++;
				case TOO_LONG -> tooLong++;
				case FAILED -> failed++;
			}
			if (score.status() != SentenceScore.Status.TOO_LONG) {
				fresh.put(id, score);
			}
			if (done.analysis() != null) {
				analyses.put(id, done.analysis());
				freshAnalyses.put(id, done.analysis());
			}
		}
		long waited = System.nanoTime();
		this.store.saveSentenceScores(this.settings.sentenceModelKey(), fresh);
		this.store.saveAnalyses(this.settings.sentenceModelKey(), freshAnalyses);
		this.store.saveVerdicts(DETECTOR, freshVerdicts);
		this.store.saveMentions(EntityRecogniser.modelKey(), freshMentions);

		Map<Long, ScoreStore.StoredComment> commentScores = new LinkedHashMap<>();
		int notEnglish = 0;
		int commentsNotEnglish = 0;
		for (Map.Entry<Long, List<ScoreStore.CommentSentence>> comment : ScoreStore.byComment(commentIds, rows)
			.entrySet()) {
			List<ScoreStore.CommentSentence> sentences = comment.getValue();
			ScoreStore.StoredComment stored;
			if (this.calibrated) {
				stored = calibrated(sentences, known, analyses, verdicts);
				notEnglish += stored.notEnglish();
				if (stored.languages() != null && stored.label() == null && stored.notEnglish() > 0) {
					commentsNotEnglish++;
				}
			}
			else {
				stored = ScoreStore.StoredComment.of(CommentScore.of(sentences.stream()
					.map(s -> new CommentScore.Part(known.get(s.sentenceId()), s.tokens()))
					.toList()));
			}
			commentScores.put(comment.getKey(), stored);
		}
		this.store.saveCommentScores(this.settings.modelKey(), commentScores);
		log.info("{} comments: {} sentences parsed ({} queued with the chunk before), {} ms until scored, {} ms in all",
				commentIds.size(), awaited.size(), awaited.size() - toSubmit.size(), (waited - start) / 1_000_000,
				(System.nanoTime() - start) / 1_000_000);
		return new Chunk(commentScores.size(), parsed, cached, tooLong, failed, byExecutor, freshVerdicts.size(),
				notEnglish, commentsNotEnglish, freshMentions.size());
	}

	/**
	 * What Spark must do for a sentence: parse it (no score cached, not too long), detect
	 * its language (calibrated score, none cached), recognise its named entities
	 * (calibrated score, none cached, not known to be in another language: in the
	 * parser's pass when it is parsed, alone when its score is cached or it is too long),
	 * any of these, or nothing ({@code null}).
	 */
	private SentenceTask task(ScoreStore.CommentSentence row) {
		boolean parse = row.cached() == null && row.tokens() <= this.settings.maxSentenceTokens();
		boolean detect = this.calibrated && row.verdict() == null;
		boolean recognise = this.mentions && row.mentions() == null && (row.verdict() == null
				|| !row.verdict().language().isDetermined() || row.verdict().language().isEnglish());
		return parse || detect || recognise
				? new SentenceTask(row.sentenceId(), row.text(), row.tokens(), parse, detect, recognise) : null;
	}

	/**
	 * A comment's calibrated score, from its English sentences: the language of each
	 * sentence resolved within the comment (a short one takes its comment's), the others
	 * counted and left out.
	 */
	private static ScoreStore.StoredComment calibrated(List<ScoreStore.CommentSentence> sentences,
			Map<Long, SentenceScore> known, Map<Long, String> analyses, Map<Long, LanguageDetection.Verdict> verdicts) {
		List<LanguageDetection.Verdict> own = new ArrayList<>(sentences.size());
		for (ScoreStore.CommentSentence sentence : sentences) {
			LanguageDetection.Verdict verdict = verdicts.get(sentence.sentenceId());
			own.add(verdict != null ? verdict : new LanguageDetection.Verdict(Language.UNDETERMINED, 0, true));
		}
		List<Language> languages = LanguageDetection.resolve(own);
		List<SentenceInput> english = new ArrayList<>(sentences.size());
		int notEnglish = 0;
		int unscored = 0;
		for (int i = 0; i < sentences.size(); i++) {
			ScoreStore.CommentSentence sentence = sentences.get(i);
			if (!languages.get(i).isEnglish()) {
				notEnglish++;
				continue;
			}
			SentenceScore score = known.get(sentence.sentenceId());
			boolean scored = score != null && score.isScored();
			if (!scored) {
				unscored++;
			}
			String analysis = analyses.get(sentence.sentenceId());
			english.add(new SentenceInput(sentence.text(), sentence.tokens(), scored ? score.probabilities() : null,
					scored && analysis != null ? SentenceAnalysis.decode(analysis) : null));
		}
		CalibratedScore score = CalibratedScorer.shipped().score(english);
		return new ScoreStore.StoredComment(score.label() == null ? null : score.label().ordinal(), score.score(), null,
				sentences.size(), unscored, score.version(),
				notEnglish == 0 ? null : LanguageDetection.names(languages), notEnglish);
	}

	/** Stops the sentences still queued (the step ended without needing them). */
	public void cancel() {
		this.inFlight.values().stream().distinct().forEach(SparkScorer.Scoring::cancel);
		this.inFlight.clear();
	}

	private void submit(List<SentenceTask> tasks) {
		if (!tasks.isEmpty()) {
			SparkScorer.Scoring batch = this.scorer.submit(tasks, this.settings);
			tasks.forEach(task -> this.inFlight.put(task.sentenceId(), batch));
		}
	}

	/** Queues the sentences the next chunk will need to have parsed or detected. */
	private void submitNext(List<Long> next) {
		if (next.isEmpty()) {
			return;
		}
		Map<Long, SentenceTask> tasks = new LinkedHashMap<>();
		for (ScoreStore.CommentSentence row : this.store.sentencesOf(next, this.settings.sentenceModelKey(),
				DETECTOR)) {
			SentenceTask task = task(row);
			if (task != null && !this.inFlight.containsKey(row.sentenceId())) {
				tasks.putIfAbsent(row.sentenceId(), task);
			}
		}
		submit(new ArrayList<>(tasks.values()));
	}

}
