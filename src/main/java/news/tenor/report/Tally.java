package news.tenor.report;

import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.SentimentStatistics;

/**
 * The sums behind every figure of the report, for one article, one day, one category or a
 * whole period. Only sums are kept, so tallies add up (an article's into its day's, a
 * day's into the period's) and every mean is computed once from them, the same way
 * everywhere: comments are added one by one ({@link #addComment}) for this period and the
 * previous one alike. A comment's vote weight counts its writer and each up-vote as
 * readers who agree, each down-vote as one who disagrees:
 * {@code Σ (1 + up − down)·score / Σ (1 + up + down)}.
 */
final class Tally {

	private long articles;

	private long comments;

	private long scored;

	private long up;

	private long down;

	private double scoreSum;

	private double voteWeightedSum;

	private double voteWeight;

	private final long[] classes = new long[Sentiment.values().length];

	private long sentences;

	private long unscoredSentences;

	private long notInEnglish;

	private long notEnglishSentences;

	/** The sum of the squared scores: the spread of the scores, for the intervals. */
	private double scoreSquares;

	/** The tally of one article, to which its comments are added one by one. */
	static Tally ofArticle() {
		Tally tally = new Tally();
		tally.articles = 1;
		return tally;
	}

	/**
	 * Adds a comment: votes unknown count as none, and a comment without a label (nothing
	 * of it scored, or not scored with the model) adds no sentiment.
	 */
	void addComment(Integer up, Integer down, Integer label, Double score, int sentences, int unscored) {
		addComment(up, down, label, score, sentences, unscored, 0);
	}

	/**
	 * @param notEnglish its sentences not in English, left unscored (the calibrated
	 * score): a comment with nothing else is "not in English", kept and not scored
	 */
	void addComment(Integer up, Integer down, Integer label, Double score, int sentences, int unscored,
			int notEnglish) {
		if (label == null && notEnglish > 0) {
			this.notInEnglish++;
		}
		this.notEnglishSentences += notEnglish;
		int u = up == null ? 0 : up;
		int d = down == null ? 0 : down;
		this.comments++;
		this.up += u;
		this.down += d;
		if (label != null) {
			this.scored++;
			this.classes[label]++;
		}
		if (score != null) {
			this.scoreSum += score;
			this.scoreSquares += score * score;
			this.voteWeightedSum += (1 + u - d) * score;
			this.voteWeight += 1 + u + d;
		}
		this.sentences += sentences;
		this.unscoredSentences += unscored;
	}

	void add(Tally other) {
		this.articles += other.articles;
		this.comments += other.comments;
		this.scored += other.scored;
		this.up += other.up;
		this.down += other.down;
		this.scoreSum += other.scoreSum;
		this.voteWeightedSum += other.voteWeightedSum;
		this.voteWeight += other.voteWeight;
		for (int k = 0; k < this.classes.length; k++) {
			this.classes[k] += other.classes[k];
		}
		this.sentences += other.sentences;
		this.unscoredSentences += other.unscoredSentences;
		this.notInEnglish += other.notInEnglish;
		this.notEnglishSentences += other.notEnglishSentences;
		this.scoreSquares += other.scoreSquares;
	}

	/** Comments with nothing in English, kept and not scored. */
	long notInEnglish() {
		return this.notInEnglish;
	}

	/** What the 95% intervals need of the scored comments. */
	SentimentStatistics.Sample sample() {
		int n = (int) Math.min(Integer.MAX_VALUE, this.scored);
		double mean = this.scored == 0 ? 0 : this.scoreSum / this.scored;
		double variance = this.scored > 1
				? Math.max(0, (this.scoreSquares - this.scored * mean * mean) / (this.scored - 1)) : 0;
		return new SentimentStatistics.Sample(n, mean, variance,
				(int) (count(Sentiment.POSITIVE) + count(Sentiment.VERY_POSITIVE)),
				(int) (count(Sentiment.NEGATIVE) + count(Sentiment.VERY_NEGATIVE)));
	}

	/** The 95% interval of the mean score; {@code null} without a scored comment. */
	SentimentStatistics.Interval meanScoreInterval() {
		return this.scored == 0 ? null : SentimentStatistics.meanScore(sample());
	}

	/** The 95% interval of net sentiment; {@code null} without a scored comment. */
	SentimentStatistics.Interval netSentimentInterval() {
		return this.scored == 0 ? null : SentimentStatistics.netSentiment(sample());
	}

	long articles() {
		return this.articles;
	}

	long comments() {
		return this.comments;
	}

	/** Comments with a sentiment (some of their own words could be scored). */
	long scored() {
		return this.scored;
	}

	long up() {
		return this.up;
	}

	long down() {
		return this.down;
	}

	/** Sentences of the commenters' own words that were scored (not in English: not). */
	long sentencesScored() {
		return this.sentences - this.unscoredSentences - this.notEnglishSentences;
	}

	long unscoredSentences() {
		return this.unscoredSentences;
	}

	long count(Sentiment sentiment) {
		return this.classes[sentiment.ordinal()];
	}

	/** Mean comment score in [-1, 1], or {@code null} without a scored comment. */
	Double meanScore() {
		return this.scored == 0 ? null : this.scoreSum / this.scored;
	}

	Double voteWeightedScore() {
		return this.voteWeight == 0 ? null : this.voteWeightedSum / this.voteWeight;
	}

	/** Share of scored comments in a class, or {@code null} without a scored comment. */
	Double share(Sentiment sentiment) {
		return this.scored == 0 ? null : (double) count(sentiment) / this.scored;
	}

	/**
	 * Share of positive (Positive, Very positive) minus share of negative (Negative, Very
	 * negative) scored comments, in [-1, 1].
	 */
	Double netSentiment() {
		if (this.scored == 0) {
			return null;
		}
		long positive = count(Sentiment.POSITIVE) + count(Sentiment.VERY_POSITIVE);
		long negative = count(Sentiment.NEGATIVE) + count(Sentiment.VERY_NEGATIVE);
		return (double) (positive - negative) / this.scored;
	}

}
