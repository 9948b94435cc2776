package news.tenor.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.tenor.mentions.Clauses.Clause;
import news.tenor.mentions.MentionScore.Scope;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.calibration.CalibratedScorer;
import news.tenor.scoring.calibration.PhraseCalibration;
import news.tenor.scoring.calibration.SentenceInput;
import news.tenor.scoring.calibration.Vader;

/**
 * The sentiment toward an entity rather than the sentence, read from CoreNLP's own
 * phrase-level sentiment: the RNTN's class distribution at every node of the binarised
 * tree, cached in the sentence's analysis. For a mention:
 * <ol>
 * <li>the sentence is cut into {@link Clauses} where readers contrast things or start a
 * clause about another entity; without such a cut around the mention, the whole sentence
 * is its scope;</li>
 * <li>its clause is scored as calibrated-v2 scores a sentence ({@link PhraseCalibration}:
 * the RNTN's verdict on the subtrees that make up the clause, VADER's compound of its
 * words, the polar phrases inside it, the nouns' valence), with the names of every
 * mention left out, so that a name the model happens to find polar ("Sharp", "Hope") says
 * nothing about its bearer;</li>
 * <li>a clause whose score falls in the Neutral band carries no opinion: the clause it is
 * contrasted with ("while", "but", "than", "unlike", ...), if that one carries one, gives
 * the mention its opposite; otherwise the sentence's score stands.</li>
 * </ol>
 * The score is on the comment score's scale and its label from the same bands, so a
 * mention's five classes mean what a comment's do. A sentence cached without its tree
 * gets its own calibrated-v1 score for every mention ({@link Scope#SENTENCE_ROOT_ONLY}).
 *
 * <p>
 * Immutable, plain Java, safe to share; microseconds a mention.
 */
public final class MentionSentiment {

	/**
	 * The method's version, for the key of stored mention scores beside the calibration's
	 * ({@code calibrated-v2/entity-v1}): a change of the clause rules is a change of it.
	 */
	public static final String VERSION = "entity-v1";

	private static volatile MentionSentiment shipped;

	private final CalibratedScorer scorer;

	private final PhraseCalibration calibration;

	private final Vader vader;

	public MentionSentiment(CalibratedScorer scorer, Vader vader) {
		if (scorer.phraseCalibration() == null) {
			throw new IllegalArgumentException("entity sentiment needs the phrase calibration (v2)");
		}
		this.scorer = scorer;
		this.calibration = scorer.phraseCalibration();
		this.vader = vader;
	}

	/** With the shipped calibrations, built once per JVM. */
	public static MentionSentiment shipped() {
		MentionSentiment built = shipped;
		if (built == null) {
			synchronized (MentionSentiment.class) {
				built = shipped;
				if (built == null) {
					built = new MentionSentiment(CalibratedScorer.shipped(), Vader.shared());
					shipped = built;
				}
			}
		}
		return built;
	}

	/**
	 * The sentiment toward each mention of a sentence, in the mentions' order.
	 * @param sentence the sentence as the score cache holds it (its analysis may be
	 * {@code null} in an old data folder)
	 * @param mentions its mentions, from the same tokens
	 */
	public List<MentionScore> score(SentenceInput sentence, SentenceMentions mentions) {
		List<MentionScore> scores = new ArrayList<>(mentions.mentions().size());
		if (!sentence.scored()) {
			for (int i = 0; i < mentions.mentions().size(); i++) {
				scores.add(new MentionScore(null, null, Scope.UNSCORED, 0, mentions.tokens(), null));
			}
			return scores;
		}
		if (!sentence.analysed()) {
			var whole = this.scorer.score(List.of(sentence));
			for (int i = 0; i < mentions.mentions().size(); i++) {
				scores.add(new MentionScore(whole.score(), whole.label(), Scope.SENTENCE_ROOT_ONLY, 0,
						mentions.tokens(), whole.version()));
			}
			return scores;
		}
		SentenceAnalysis analysis = sentence.analysis();
		if (analysis.tokens() != mentions.tokens()) {
			throw new IllegalArgumentException("mentions of " + mentions.tokens() + " tokens read with an analysis of "
					+ analysis.tokens() + " tokens");
		}
		boolean[] names = names(analysis, mentions);
		List<Clause> clauses = clauses(analysis, mentions);
		Double[] clauseScores = new Double[clauses.size()];
		for (Mention mention : mentions.mentions()) {
			int at = clauseOf(clauses, mention);
			Clause clause = clauses.get(at);
			if (clauses.size() == 1) {
				double score = score(sentence, analysis, names, clause, true);
				scores.add(scored(score, Scope.SENTENCE, clause));
				continue;
			}
			double own = clauseScore(sentence, analysis, names, clauses, clauseScores, at);
			if (carriesOpinion(own)) {
				scores.add(scored(own, Scope.CLAUSE, clause));
				continue;
			}
			int contrasted = contrastedWith(clauses, at);
			if (contrasted >= 0) {
				double other = clauseScore(sentence, analysis, names, clauses, clauseScores, contrasted);
				if (carriesOpinion(other)) {
					scores.add(scored(-other, Scope.CONTRASTED, clauses.get(contrasted)));
					continue;
				}
			}
			double whole = score(sentence, analysis, names, new Clause(0, analysis.tokens(), false, false), true);
			scores.add(new MentionScore(whole, this.calibration.label(whole), Scope.SENTENCE_FALLBACK, 0,
					analysis.tokens(), this.calibration.version()));
		}
		return scores;
	}

	/**
	 * The sentiment of a comment toward one entity: the mean score of the entity's scored
	 * mentions in the comment, in the band of the calibration that scored them
	 * (calibrated-v1's bands when any mention had no tree); {@code null} score and label
	 * when none was scored. For one scale per comment, as {@code CalibratedScorer} keeps
	 * it, score every sentence of a comment without its tree when one of them lacks it.
	 */
	public MentionScore combine(List<MentionScore> mentions) {
		double sum = 0;
		int scored = 0;
		boolean v2 = true;
		for (MentionScore mention : mentions) {
			if (mention.isScored()) {
				sum += mention.score();
				scored++;
				v2 &= this.calibration.version().equals(mention.version());
			}
		}
		if (scored == 0) {
			return new MentionScore(null, null, Scope.UNSCORED, 0, 0, null);
		}
		double score = sum / scored;
		if (v2) {
			return new MentionScore(score, this.calibration.label(score), Scope.COMMENT, 0, 0,
					this.calibration.version());
		}
		return new MentionScore(score, this.scorer.calibration().label(score), Scope.COMMENT, 0, 0,
				this.scorer.calibration().version());
	}

	static List<Clause> clauses(SentenceAnalysis analysis, SentenceMentions mentions) {
		List<String> words = new ArrayList<>(analysis.tokens());
		List<String> tags = new ArrayList<>(analysis.tokens());
		for (int t = 0; t < analysis.tokens(); t++) {
			words.add(analysis.word(t));
			tags.add(analysis.tag(t));
		}
		return Clauses.of(words, tags, mentions.mentions());
	}

	/** The tokens that are names: every mention's, with a possessive after it. */
	static boolean[] names(SentenceAnalysis analysis, SentenceMentions mentions) {
		boolean[] names = new boolean[analysis.tokens()];
		for (Mention mention : mentions.mentions()) {
			for (int t = mention.start(); t < mention.end(); t++) {
				names[t] = true;
			}
			// the possessive is the name's too: "Koizumi 's" says no more than "Koizumi"
			if (mention.end() < analysis.tokens() && isPossessive(analysis.word(mention.end()))) {
				names[mention.end()] = true;
			}
		}
		return names;
	}

	/** Each clause with its score, for people reading why a mention got its score. */
	List<String> explain(SentenceInput sentence, SentenceMentions mentions) {
		SentenceAnalysis analysis = sentence.analysis();
		boolean[] names = names(analysis, mentions);
		List<String> lines = new ArrayList<>();
		for (Clause clause : clauses(analysis, mentions)) {
			StringBuilder words = new StringBuilder();
			for (int t = clause.start(); t < clause.end(); t++) {
				words.append(t > clause.start() ? " " : "").append(analysis.word(t));
			}
			double score = score(sentence, analysis, names, clause, false);
			lines.add(String.format(Locale.ROOT, "%s%s%+.3f %s %s", clause.contrasted() ? "contrasted " : "",
					clause.contrastBefore() ? "after a contrast " : "", score, this.calibration.label(score), words));
		}
		return lines;
	}

	private MentionScore scored(double score, Scope scope, Clause clause) {
		return new MentionScore(score, this.calibration.label(score), scope, clause.start(), clause.end(),
				this.calibration.version());
	}

	private boolean carriesOpinion(double score) {
		return this.calibration.label(score) != Sentiment.NEUTRAL;
	}

	private static int clauseOf(List<Clause> clauses, Mention mention) {
		for (int i = 0; i < clauses.size(); i++) {
			if (clauses.get(i).contains(mention.start())) {
				return i;
			}
		}
		throw new IllegalStateException("no clause holds " + mention);
	}

	/**
	 * The clause a contrasted phrase or clause is set against: for a phrase ("than X",
	 * "unlike X"), the clause before it, or after it when it opens the sentence; for a
	 * clause after a contrast ("..., while X ..."), the one before; for a clause followed
	 * by one, that one. −1 when there is none.
	 */
	private static int contrastedWith(List<Clause> clauses, int at) {
		Clause clause = clauses.get(at);
		if (clause.contrasted()) {
			for (int i = at - 1; i >= 0; i--) {
				if (!clauses.get(i).contrasted()) {
					return i;
				}
			}
			for (int i = at + 1; i < clauses.size(); i++) {
				if (!clauses.get(i).contrasted()) {
					return i;
				}
			}
			return -1;
		}
		if (clause.contrastBefore() && at > 0) {
			return at - 1;
		}
		if (at + 1 < clauses.size() && clauses.get(at + 1).contrastBefore()) {
			return at + 1;
		}
		return -1;
	}

	private double clauseScore(SentenceInput sentence, SentenceAnalysis analysis, boolean[] names, List<Clause> clauses,
			Double[] cache, int at) {
		if (cache[at] == null) {
			cache[at] = score(sentence, analysis, names, clauses.get(at), false);
		}
		return cache[at];
	}

	/**
	 * calibrated-v2 of the clause's words, names left out: the RNTN's verdict on the
	 * clause (the token-weighted mean score of the largest subtrees inside it; the root's
	 * exact distribution when the clause is the sentence), VADER's compound, the polar
	 * phrases and the nouns' valence within it.
	 */
	private double score(SentenceInput sentence, SentenceAnalysis analysis, boolean[] names, Clause clause,
			boolean wholeSentence) {
		int from = clause.start();
		int to = clause.end();
		// a contrasted phrase's own preposition ("unlike", "than") is not an opinion of
		// it
		if (clause.contrasted()) {
			while (from < to && !names[from]) {
				from++;
			}
		}
		double coreNlp;
		if (wholeSentence) {
			coreNlp = rootScore(sentence);
		}
		else {
			double[] sum = new double[2];
			cover(analysis, 0, from, to, names, sum);
			coreNlp = sum[1] > 0 ? sum[0] / sum[1] : 0;
		}
		double phrases = 0;
		double weight = 0;
		double nounSum = 0;
		for (int node = 0; node < analysis.nodes(); node++) {
			if (analysis.start(node) < from || analysis.end(node) > to || onlyNames(analysis, node, names)) {
				continue;
			}
			double total = 0;
			for (int k = 0; k < 5; k++) {
				total += analysis.probability(node, k);
			}
			double w = 1 - analysis.probability(node, 2) / total;
			phrases += w * analysis.score(node);
			weight += w;
		}
		phrases = weight > 0 ? phrases / weight : 0;
		StringBuilder text = new StringBuilder();
		for (int t = from; t < to; t++) {
			if (names[t]) {
				continue;
			}
			String word = analysis.word(t);
			if (analysis.tag(t).startsWith("NN")) {
				Double valence = this.vader.valence(word.toLowerCase(Locale.ROOT));
				nounSum += valence == null ? 0 : valence;
			}
			if (!text.isEmpty() && !attaches(word)) {
				text.append(' ');
			}
			text.append(word);
		}
		double nouns = nounSum / Math.sqrt(nounSum * nounSum + 15);
		double vader = this.vader.polarityScores(text.toString()).compound();
		return this.calibration.score(coreNlp, vader, phrases, nouns);
	}

	static boolean isPossessive(String word) {
		return word.equals("'s") || word.equals("\u2019s") || word.equals("'") || word.equals("\u2019")
				|| word.equals("'S");
	}

	/** A token written against the word before it: punctuation, clitics ("n't", "'s"). */
	private static boolean attaches(String word) {
		return Clauses.isPunctuation(word) && !word.equals("(") && !word.equals("``") && !word.equals("--")
				|| word.startsWith("'") || word.startsWith("\u2019") || word.equalsIgnoreCase("n't");
	}

	private static double rootScore(SentenceInput sentence) {
		double[] p = sentence.probabilities();
		return Sentiment.score(p);
	}

	/**
	 * Adds the span-weighted scores of the largest subtrees inside [from, to), leaving
	 * out those made of names only.
	 */
	private static void cover(SentenceAnalysis analysis, int node, int from, int to, boolean[] names, double[] sum) {
		int start = analysis.start(node);
		int end = analysis.end(node);
		if (end <= from || start >= to) {
			return;
		}
		if (start >= from && end <= to) {
			if (!onlyNames(analysis, node, names)) {
				sum[0] += analysis.span(node) * analysis.score(node);
				sum[1] += analysis.span(node);
			}
			return;
		}
		cover(analysis, analysis.left(node), from, to, names, sum);
		cover(analysis, analysis.right(node), from, to, names, sum);
	}

	private static boolean onlyNames(SentenceAnalysis analysis, int node, boolean[] names) {
		for (int t = analysis.start(node); t < analysis.end(node); t++) {
			if (!names[t]) {
				return false;
			}
		}
		return true;
	}

}
