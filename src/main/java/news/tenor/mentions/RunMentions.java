package news.tenor.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.tenor.mentions.EntityResolver.Entity;
import news.tenor.mentions.EntityResolver.Occurrence;
import news.tenor.scoring.ChunkScorer;
import news.tenor.scoring.Scorer;
import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.SentenceScore;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.SparkSessions;
import news.tenor.scoring.calibration.SentenceInput;
import news.tenor.scoring.language.Language;
import news.tenor.scoring.language.LanguageDetection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Who a run's readers are talking about, after its comments are scored: the named
 * entities of every comment sentence and of each article's title, caption and body (from
 * the cache; the recogniser runs in Spark, alone, only on what the cache lacks: sentences
 * scored before mentions were kept, and articles new or changed), one name per entity
 * over the run ({@link EntityResolver}), and each comment's sentiment toward each entity
 * it names ({@link MentionSentiment}), stored for the report.
 *
 * <p>
 * The calibrated scorer only, English sentences only, as its comment score: a mention's
 * score is on that score's scale and bands. Reading the cache parses nothing and tags
 * nothing, so a rerun costs the queries and the resolution.
 */
@Component
public class RunMentions {

	private static final Logger log = LoggerFactory.getLogger(RunMentions.class);

	/** Sentences handed to Spark in one job. */
	private static final int SENTENCES_PER_BATCH = 5_000;

	/**
	 * Characters of articles' text split and tagged in one Spark job (at least one
	 * query's worth of articles).
	 */
	private static final long CHARACTERS_PER_BATCH = 4_000_000;

	/**
	 * What a run's mentions took.
	 *
	 * @param commentSentencesTagged comment sentences the recogniser ran on alone
	 * @param articleSentencesTagged article sentences it ran on
	 * @param comments comments that name an entity
	 * @param entities the run's entities
	 * @param mentions comment-entity rows stored
	 */
	public record Counts(int commentSentencesTagged, int articleSentencesTagged, int comments, int entities,
			int mentions) {
	}

	private final MentionStore store;

	private final SparkRecogniser recogniser;

	private final SentenceSplitter splitter;

	public RunMentions(MentionStore store, SparkSessions spark, SentenceSplitter splitter) {
		this.store = store;
		this.recogniser = new SparkRecogniser(spark);
		this.splitter = splitter;
	}

	/**
	 * The key of the mention scores of a comment scorer:
	 * {@code .../calibrated-v2/entity-v1}.
	 */
	public static String modelKey(String commentModel) {
		return commentModel + "/" + MentionSentiment.VERSION;
	}

	/** Whether runs with these settings find mentions: the calibrated scorer does. */
	public static boolean appliesTo(ScoringSettings settings) {
		return settings.scorer() == Scorer.CALIBRATED;
	}

	/** Finds, resolves and scores the run's mentions and stores them. */
	public Counts compute(long jobInstanceId, ScoringSettings settings) {
		long start = System.nanoTime();
		String ner = EntityRecogniser.modelKey();
		int commentSentences = tagCommentSentences(jobInstanceId, ner);
		long commentsTagged = System.nanoTime();
		int articleSentences = tagArticles(jobInstanceId, ner);
		long tagged = System.nanoTime();

		MentionSentiment sentiment = MentionSentiment.shipped();
		List<Long> articles = this.store.runArticles(jobInstanceId);
		List<List<Occurrence>> occurrences = new ArrayList<>(articles.size());
		List<List<Found>> found = new ArrayList<>(articles.size());
		for (int from = 0; from < articles.size(); from += MentionStore.ARTICLES_PER_BATCH) {
			List<Long> batch = articles.subList(from,
					Math.min(articles.size(), from + MentionStore.ARTICLES_PER_BATCH));
			Map<Long, String> articleLines = this.store.articleMentions(batch, ner);
			Map<Long, List<MentionStore.CommentSentence>> byComment = new LinkedHashMap<>();
			Map<Long, List<Long>> commentsOf = new HashMap<>();
			this.store.commentSentences(batch, settings.modelKey(), settings.sentenceModelKey(), ChunkScorer.DETECTOR,
					ner, s -> {
						if (byComment.computeIfAbsent(s.commentId(), id -> new ArrayList<>()).isEmpty()) {
							commentsOf.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s.commentId());
						}
						byComment.get(s.commentId()).add(s);
					});
			for (long article : batch) {
				List<Occurrence> own = new ArrayList<>();
				List<Found> where = new ArrayList<>();
				articleOccurrences(articleLines.get(article), own, where);
				for (long comment : commentsOf.getOrDefault(article, List.of())) {
					commentOccurrences(comment, byComment.get(comment), settings.maxSentenceTokens(), sentiment, own,
							where);
				}
				occurrences.add(own);
				found.add(where);
			}
		}
		long read = System.nanoTime();
		List<List<Entity>> resolved = new EntityResolver().resolve(occurrences);
		long resolvedAt = System.nanoTime();

		Map<Entity, Boolean> entities = new LinkedHashMap<>();
		List<MentionStore.MentionRow> rows = new ArrayList<>();
		Set<Long> comments = new LinkedHashSet<>();
		for (int a = 0; a < found.size(); a++) {
			List<Found> where = found.get(a);
			List<Entity> of = resolved.get(a);
			// a comment's mentions of each entity, in order
			Map<Long, Map<Entity, List<Integer>>> perComment = new LinkedHashMap<>();
			for (int i = 0; i < where.size(); i++) {
				entities.putIfAbsent(of.get(i), Boolean.TRUE);
				if (where.get(i).commentId() != null) {
					perComment.computeIfAbsent(where.get(i).commentId(), c -> new LinkedHashMap<>())
						.computeIfAbsent(of.get(i), e -> new ArrayList<>())
						.add(i);
				}
			}
			perComment.forEach((comment, byEntity) -> {
				comments.add(comment);
				byEntity.forEach((entity, at) -> {
					List<MentionScore> scores = new ArrayList<>(at.size());
					Set<String> written = new LinkedHashSet<>();
					for (int i : at) {
						scores.add(where.get(i).score());
						written.add(where.get(i).mention().text());
					}
					MentionScore combined = sentiment.combine(scores);
					rows.add(new MentionStore.MentionRow(comment, entity.name(), entity.type(),
							String.join("; ", written), at.size(), combined.score(),
							combined.label() == null ? null : combined.label().ordinal()));
				});
			});
		}
		List<MentionStore.EntityRow> entityRows = entities.keySet()
			.stream()
			.map(e -> new MentionStore.EntityRow(e.name(), e.type(), e.names()))
			.toList();
		long stored = System.nanoTime();
		this.store.replace(jobInstanceId, modelKey(settings.modelKey()), entityRows, rows);
		long end = System.nanoTime();
		log.info(
				"Mentions: {} comment sentences tagged in {} ms, {} article sentences in {} ms; mentions read and "
						+ "scored in {} ms, resolved in {} ms, {} entities and {} comment-entity rows over {} comments "
						+ "stored in {} ms; {} ms in all",
				commentSentences, (commentsTagged - start) / 1_000_000, articleSentences,
				(tagged - commentsTagged) / 1_000_000, (read - tagged) / 1_000_000, (resolvedAt - read) / 1_000_000,
				entityRows.size(), rows.size(), comments.size(), (end - stored) / 1_000_000, (end - start) / 1_000_000);
		return new Counts(commentSentences, articleSentences, comments.size(), entityRows.size(), rows.size());
	}

	/**
	 * A mention of an article: in a comment (its id) or in the article's own text (null).
	 */
	private record Found(Long commentId, Mention mention, MentionScore score) {
	}

	/** The article's own mentions, from its cached lines. */
	private static void articleOccurrences(String lines, List<Occurrence> own, List<Found> where) {
		if (lines == null || lines.isEmpty()) {
			return;
		}
		for (String line : lines.split("\n")) {
			int tab = line.indexOf('\t');
			SentenceMentions mentions = SentenceMentions.decode(tab < 0 ? line : line.substring(0, tab));
			String sentence = tab < 0 ? null : line.substring(tab + 1);
			for (Mention mention : mentions.mentions()) {
				own.add(new Occurrence(mention, sentence));
				where.add(new Found(null, mention, null));
			}
		}
	}

	/**
	 * A comment's mentions with their scores, from its English sentences, as its
	 * calibrated score reads them: when one of them lacks its cached tree, all are read
	 * without theirs (calibrated-v1 throughout, one scale per comment).
	 */
	private static void commentOccurrences(long comment, List<MentionStore.CommentSentence> sentences, int maxTokens,
			MentionSentiment sentiment, List<Occurrence> own, List<Found> where) {
		List<LanguageDetection.Verdict> verdicts = new ArrayList<>(sentences.size());
		for (MentionStore.CommentSentence s : sentences) {
			verdicts.add(s.language() == null ? new LanguageDetection.Verdict(Language.UNDETERMINED, 0, true)
					: new LanguageDetection.Verdict(Language.of(s.language()), s.letters(), s.latin()));
		}
		List<Language> languages = LanguageDetection.resolve(verdicts);
		boolean withTrees = true;
		for (int i = 0; i < sentences.size(); i++) {
			MentionStore.CommentSentence s = sentences.get(i);
			if (languages.get(i).isEnglish() && scored(s, maxTokens) && !s.analysed()) {
				withTrees = false;
			}
		}
		for (int i = 0; i < sentences.size(); i++) {
			MentionStore.CommentSentence s = sentences.get(i);
			if (!languages.get(i).isEnglish() || s.mentions() == null) {
				continue;
			}
			SentenceMentions mentions = SentenceMentions.decode(s.mentions());
			if (mentions.isEmpty()) {
				continue;
			}
			boolean scored = scored(s, maxTokens);
			SentenceInput input = new SentenceInput(s.text(), s.tokens(), scored ? s.probabilities() : null,
					scored && withTrees && s.analysis() != null ? SentenceAnalysis.decode(s.analysis()) : null);
			List<MentionScore> scores;
			try {
				scores = sentiment.score(input, mentions);
			}
			catch (IllegalArgumentException mixedTokenizers) {
				// the mentions and the analysis were cut by different tokenizers: the
				// sentence's own score for each mention rather than a misplaced clause
				scores = sentiment.score(new SentenceInput(s.text(), s.tokens(), input.probabilities()), mentions);
			}
			for (int m = 0; m < mentions.mentions().size(); m++) {
				own.add(new Occurrence(mentions.mentions().get(m), s.text()));
				where.add(new Found(comment, mentions.mentions().get(m), scores.get(m)));
			}
		}
	}

	private static boolean scored(MentionStore.CommentSentence s, int maxTokens) {
		return s.status() == SentenceScore.Status.SCORED && s.tokens() <= maxTokens && s.probabilities() != null;
	}

	/** Tags the sentences of the run's comments that have no mentions cached. */
	private int tagCommentSentences(long jobInstanceId, String ner) {
		List<Long> ids = this.store.sentencesWithoutMentions(jobInstanceId, ner, ChunkScorer.DETECTOR);
		int tagged = 0;
		for (int from = 0; from < ids.size(); from += SENTENCES_PER_BATCH) {
			List<SparkRecogniser.Sentence> batch = this.store
				.sentenceTexts(ids.subList(from, Math.min(ids.size(), from + SENTENCES_PER_BATCH)));
			Map<Long, String> mentions = new HashMap<>();
			for (SparkRecogniser.Tagged t : this.recogniser.recognise(batch)) {
				if (t.mentions() != null) {
					mentions.put(t.id(), t.mentions());
				}
			}
			this.store.saveSentenceMentions(ner, mentions);
			tagged += batch.size();
		}
		return tagged;
	}

	/**
	 * Tags the title, caption and body of the run's articles whose current text has no
	 * mentions cached, sentence by sentence as the comments are cut.
	 */
	private int tagArticles(long jobInstanceId, String ner) {
		List<Long> ids = this.store.articlesWithoutMentions(jobInstanceId, ner);
		int tagged = 0;
		int from = 0;
		while (from < ids.size()) {
			// as many articles as fit the budget in one Spark job: a job costs tens of
			// milliseconds however little it tags
			List<MentionStore.ArticleText> articles = new ArrayList<>();
			long chars = 0;
			while (from < ids.size() && chars < CHARACTERS_PER_BATCH) {
				List<Long> next = ids.subList(from, Math.min(ids.size(), from + MentionStore.ARTICLES_PER_BATCH));
				for (MentionStore.ArticleText article : this.store.articleTexts(next)) {
					articles.add(article);
					chars += length(article.title()) + length(article.caption()) + length(article.body());
				}
				from += next.size();
			}
			List<SparkRecogniser.Sentence> sentences = new ArrayList<>();
			Map<Long, Integer> counts = new HashMap<>();
			Map<Long, Integer> firstSentence = new HashMap<>();
			for (MentionStore.ArticleText article : articles) {
				firstSentence.put(article.id(), sentences.size());
				int index = 0;
				for (String part : new String[] { article.title(), article.caption(), article.body() }) {
					for (SentenceSplitter.SplitSentence sentence : this.splitter.split(part)) {
						sentences.add(new SparkRecogniser.Sentence(article.id(), index++, sentence.text()));
					}
				}
				counts.put(article.id(), index);
			}
			Map<Long, StringBuilder> lines = new HashMap<>();
			Set<Long> failed = new HashSet<>();
			List<SparkRecogniser.Tagged> results = new ArrayList<>(this.recogniser.recognise(sentences));
			results.sort(
					(x, y) -> x.id() != y.id() ? Long.compare(x.id(), y.id()) : Integer.compare(x.index(), y.index()));
			for (SparkRecogniser.Tagged t : results) {
				if (t.mentions() == null) {
					failed.add(t.id());
					continue;
				}
				if (!SentenceMentions.decode(t.mentions()).isEmpty()) {
					StringBuilder out = lines.computeIfAbsent(t.id(), id -> new StringBuilder());
					if (!out.isEmpty()) {
						out.append('\n');
					}
					out.append(t.mentions())
						.append('\t')
						.append(sentences.get(firstSentence.get(t.id()) + t.index()).text());
				}
			}
			List<MentionStore.ArticleMentions> cached = new ArrayList<>(articles.size());
			for (MentionStore.ArticleText article : articles) {
				if (!failed.contains(article.id())) {
					StringBuilder out = lines.get(article.id());
					cached.add(new MentionStore.ArticleMentions(article, counts.get(article.id()),
							out == null ? "" : out.toString()));
				}
			}
			this.store.saveArticleMentions(ner, cached);
			tagged += sentences.size();
		}
		return tagged;
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}

}
