package news.tenor.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import news.tenor.mentions.EntitySentimentSet.Pair;
import news.tenor.mentions.EntitySentimentSet.Sentence;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.CalibratedScorer;

/**
 * Entity-directed sentiment against the sentence-level baseline on the labelled pairs. A
 * pair's entity is found among the comment's mentions by its words (case and a possessive
 * aside); where CoreNLP's recogniser missed it, its words in the sentence stand in for
 * the mention, so the sentiment method is judged on every pair and the recogniser's
 * misses are counted apart. Each method's score of a pair is the mean over the entity's
 * mentions in the comment; a sign is right when the score is above 0 for a positive pair,
 * below 0 for a negative one.
 */
final class EntitySentimentEvaluation {

	/**
	 * @param recognised whether CoreNLP's recogniser found the entity
	 * @param method the entity-directed score
	 * @param sentence the baseline: the calibrated score of the sentences it is in
	 * @param coreNlp CoreNLP's own root score of those sentences
	 */
	record Result(Pair pair, boolean recognised, double method, double sentence, double coreNlp,
			List<MentionScore> scores) {

		boolean opposite() {
			return this.pair.opposite();
		}

		boolean methodRight() {
			return right(this.method);
		}

		boolean sentenceRight() {
			return right(this.sentence);
		}

		boolean coreNlpRight() {
			return right(this.coreNlp);
		}

		private boolean right(double score) {
			return this.pair.positive() ? score > 0 : score < 0;
		}

	}

	record Accuracy(int right, int of) {

		double share() {
			return this.of == 0 ? Double.NaN : (double) this.right / this.of;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100 * share(), this.right, this.of);
		}

	}

	private EntitySentimentEvaluation() {
	}

	static List<Result> evaluate(List<Pair> pairs, Map<Integer, List<Sentence>> analyses, MentionSentiment method,
			CalibratedScorer scorer) {
		List<Result> results = new ArrayList<>();
		for (Pair pair : pairs) {
			List<Sentence> sentences = analyses.get(pair.comment());
			if (sentences == null) {
				throw new IllegalStateException("no analyses of comment " + pair.comment());
			}
			boolean recognised = false;
			double methodSum = 0;
			double sentenceSum = 0;
			double coreNlpSum = 0;
			int found = 0;
			List<MentionScore> scores = new ArrayList<>();
			for (Sentence sentence : sentences) {
				List<Mention> mentions = sentence.mentions().mentions();
				List<Integer> matching = new ArrayList<>();
				for (int i = 0; i < mentions.size(); i++) {
					if (matches(mentions.get(i), pair.entity())) {
						matching.add(i);
					}
				}
				SentenceMentions used = sentence.mentions();
				if (matching.isEmpty()) {
					Mention gold = gold(sentence, pair.entity());
					if (gold == null) {
						continue;
					}
					used = withMention(used, gold);
					matching.add(used.mentions().indexOf(gold));
				}
				else {
					recognised = true;
				}
				List<MentionScore> sentenceScores = method.score(sentence.input(), used);
				double sentenceScore = scorer.score(List.of(sentence.input())).score();
				for (int i : matching) {
					MentionScore score = sentenceScores.get(i);
					scores.add(score);
					methodSum += score.score();
					sentenceSum += sentenceScore;
					coreNlpSum += Sentiment.score(sentence.probabilities());
					found++;
				}
			}
			if (found == 0) {
				throw new IllegalStateException("'" + pair.entity() + "' is not in comment " + pair.comment());
			}
			results
				.add(new Result(pair, recognised, methodSum / found, sentenceSum / found, coreNlpSum / found, scores));
		}
		return results;
	}

	static boolean matches(Mention mention, String entity) {
		String name = normalise(mention.text());
		String wanted = normalise(entity);
		return (" " + name + " ").contains(" " + wanted + " ") || (" " + wanted + " ").contains(" " + name + " ");
	}

	private static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replace("\u2019", "'").replaceAll(" ?'s$", "").strip();
	}

	/** The entity's words in the sentence, as a mention, or null. */
	private static Mention gold(Sentence sentence, String entity) {
		List<String> wanted = Arrays.asList(entity.split(" "));
		int n = sentence.analysis().tokens();
		for (int start = 0; start + wanted.size() <= n; start++) {
			boolean all = true;
			for (int k = 0; k < wanted.size() && all; k++) {
				all = sentence.analysis().word(start + k).equals(wanted.get(k));
			}
			if (all) {
				return new Mention(start, start + wanted.size(), EntityType.PERSON, wanted);
			}
		}
		return null;
	}

	private static SentenceMentions withMention(SentenceMentions mentions, Mention added) {
		List<Mention> all = new ArrayList<>();
		for (Mention mention : mentions.mentions()) {
			if (mention.end() <= added.start() || mention.start() >= added.end()) {
				all.add(mention);
			}
		}
		all.add(added);
		all.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return new SentenceMentions(mentions.tokens(), all);
	}

	static Accuracy method(List<Result> results, Predicate<Result> which) {
		return count(results, which, Result::methodRight);
	}

	static Accuracy sentence(List<Result> results, Predicate<Result> which) {
		return count(results, which, Result::sentenceRight);
	}

	static Accuracy coreNlp(List<Result> results, Predicate<Result> which) {
		return count(results, which, Result::coreNlpRight);
	}

	/** End to end: a pair whose entity the recogniser missed counts as wrong. */
	static Accuracy endToEnd(List<Result> results, Predicate<Result> which) {
		return count(results, which, (r) -> r.recognised() && r.methodRight());
	}

	private static Accuracy count(List<Result> results, Predicate<Result> which, Predicate<Result> right) {
		int of = 0;
		int good = 0;
		for (Result result : results) {
			if (which.test(result)) {
				of++;
				good += right.test(result) ? 1 : 0;
			}
		}
		return new Accuracy(good, of);
	}

}
