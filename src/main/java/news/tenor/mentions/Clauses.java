package news.tenor.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence cut into the clauses that carry separate opinions, from its tokens and
 * part-of-speech tags alone (the cached analysis keeps no phrase labels): where readers
 * contrast two things ("Takaichi's budget is reckless, <b>while</b> Koizumi at least
 * tried"), where a second clause with its own subject and verb starts between two
 * mentions ("Thank goodness for Koizumi, <b>because</b> Hegseth has no idea"), and the
 * phrase of a contrasting preposition with an entity as its object ("far more honest
 * <b>than Takaichi</b>", "<b>Unlike Trump</b>, Ishiba listens").
 *
 * <p>
 * The rules, in the words they look at:
 * <ul>
 * <li>a contrast always starts a clause: {@code ;}, <i>but</i> (not "nothing but", "all
 * but", "but also"), <i>while</i>, <i>whereas</i>, <i>although</i>, <i>though</i> (not at
 * the end), <i>even though</i>, <i>however</i>, <i>yet</i> after a comma or <i>and</i>,
 * <i>meanwhile</i>;</li>
 * <li><i>because</i>, <i>since</i>, <i>so</i> after a comma, and <i>and</i> start a
 * clause only between two mentions; <i>and</i> only when a verb stands between the first
 * mention and it and another follows the second (so "Koizumi and Hegseth both looked
 * great" stays whole);</li>
 * <li><i>than</i>, <i>unlike</i>, <i>instead of</i>, <i>rather than</i>, <i>next to</i>,
 * <i>compared to/with</i>, <i>as opposed to</i> and a <i>not</i> after a comma start a
 * contrasted phrase when a mention follows before the next comma or contrast; the phrase
 * ends at that comma.</li>
 * </ul>
 */
final class Clauses {

	/** A clause: tokens [start, end), and whether it is a contrasted phrase. */
	record Clause(int start, int end, boolean contrasted, boolean contrastBefore) {

		boolean contains(int token) {
			return token >= this.start && token < this.end;
		}

	}

	private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "however", "meanwhile");

	private static final Set<String> BUT_EXCEPT = Set.of("nothing", "anything", "everything", "all", "none", "nobody",
			"anyone", "everyone", "cannot", "can't", "ca", "last", "no");

	private static final Set<String> BETWEEN_MENTIONS = Set.of("because", "since", "so", "and", "cos", "cause");

	private Clauses() {
	}

	/**
	 * The clauses of a sentence, in order, covering every token.
	 * @param words the tokens
	 * @param tags their part-of-speech tags ({@code null} entries allowed: no verb known)
	 * @param mentions the sentence's mentions
	 */
	static List<Clause> of(List<String> words, List<String> tags, List<Mention> mentions) {
		int n = words.size();
		String[] lower = new String[n];
		for (int i = 0; i < n; i++) {
			lower[i] = words.get(i).toLowerCase(Locale.ROOT);
		}
		// kind of break before token i: 0 none, 1 contrast, 2 clause between mentions,
		// 3 start of a contrasted phrase, 4 end of a contrasted phrase
		int[] kind = new int[n + 1];
		for (int i = 1; i < n; i++) {
			if (contrast(lower, i)) {
				kind[i] = 1;
			}
			else if (lower[i - 1].equals(";")) {
				kind[i] = 1;
			}
		}
		for (int i = 0; i < n; i++) {
			int length = contrastingPreposition(lower, i);
			if (length == 0) {
				continue;
			}
			int end = i + length;
			while (end < n && !lower[end].equals(",") && kind[end] == 0 && !isFinal(lower, end)) {
				end++;
			}
			if (!mentionWithin(mentions, i + length, end)) {
				continue;
			}
			if (i > 0 && kind[i] == 0) {
				kind[i] = 3;
			}
			// the comma closing the phrase stays with it
			int close = end < n && lower[end].equals(",") ? end + 1 : end;
			if (close < n && kind[close] == 0 && !isFinal(lower, close)) {
				kind[close] = 4;
			}
			// a phrase that opens the sentence ("Unlike Trump, ...") is contrasted too
			if (i == 0) {
				kind[0] = 3;
			}
		}
		for (int i = 1; i < n; i++) {
			if (kind[i] == 0 && BETWEEN_MENTIONS.contains(lower[i])
					&& clauseBetweenMentions(lower, tags, mentions, i)) {
				kind[i] = 2;
			}
		}
		// a clause of names and punctuation alone joins the next ("Nissan , meanwhile ,
		// ...")
		int from = 0;
		for (int i = 1; i <= n; i++) {
			if (i == n || kind[i] != 0) {
				if (kind[from] != 3 && onlyNamesAndPunctuation(lower, mentions, from, i) && i < n) {
					int joined = kind[i];
					kind[i] = 0;
					if (from == 0 && joined == 3) {
						kind[0] = 3;
					}
				}
				from = i;
			}
		}
		List<Clause> clauses = new ArrayList<>();
		int start = 0;
		boolean contrasted = kind[0] == 3;
		boolean contrastBefore = false;
		for (int i = 1; i <= n; i++) {
			if (i == n || kind[i] != 0) {
				// sentence-final punctuation stays with the last clause
				clauses.add(new Clause(start, i, contrasted, contrastBefore));
				if (i < n) {
					start = i;
					contrasted = kind[i] == 3;
					contrastBefore = kind[i] == 1;
				}
			}
		}
		return clauses;
	}

	private static boolean contrast(String[] lower, int i) {
		String word = lower[i];
		String previous = lower[i - 1];
		String next = i + 1 < lower.length ? lower[i + 1] : "";
		if (CONTRASTS.contains(word)) {
			return true;
		}
		return switch (word) {
			case "but" -> !BUT_EXCEPT.contains(previous) && !next.equals("also") && !next.equals("then");
			case "though" -> !isFinal(lower, i + 1) && !next.equals(",") && !previous.equals("even");
			case "even" -> next.equals("though") || next.equals("if");
			case "yet" -> previous.equals(",") || previous.equals("and");
			default -> false;
		};
	}

	/**
	 * How many words the contrasting preposition starting at token i has, or 0 when none
	 * starts there.
	 */
	private static int contrastingPreposition(String[] lower, int i) {
		String next = i + 1 < lower.length ? lower[i + 1] : "";
		return switch (lower[i]) {
			case "than", "unlike" -> 1;
			case "instead" -> next.equals("of") ? 2 : 0;
			case "rather" -> next.equals("than") ? 2 : 0;
			case "next" -> next.equals("to") ? 2 : 0;
			case "compared" -> next.equals("to") || next.equals("with") ? 2 : 0;
			case "opposed" -> i > 0 && lower[i - 1].equals("as") && next.equals("to") ? 2 : 0;
			case "not" -> i > 0 && lower[i - 1].equals(",") ? 1 : 0;
			default -> 0;
		};
	}

	/** Whether the token is the sentence's final punctuation (and only that follows). */
	private static boolean isFinal(String[] lower, int i) {
		for (int k = i; k < lower.length; k++) {
			if (!isPunctuation(lower[k])) {
				return false;
			}
		}
		return true;
	}

	static boolean isPunctuation(String word) {
		return word.codePoints().noneMatch(Character::isLetterOrDigit);
	}

	private static boolean onlyNamesAndPunctuation(String[] lower, List<Mention> mentions, int from, int to) {
		for (int t = from; t < to; t++) {
			if (!isPunctuation(lower[t]) && !inMention(mentions, t) && !(t > from && inMention(mentions, t - 1)
					&& (lower[t].equals("'s") || lower[t].equals("\u2019s")))) {
				return false;
			}
		}
		return true;
	}

	private static boolean inMention(List<Mention> mentions, int token) {
		for (Mention mention : mentions) {
			if (mention.contains(token)) {
				return true;
			}
		}
		return false;
	}

	private static boolean mentionWithin(List<Mention> mentions, int from, int to) {
		for (Mention mention : mentions) {
			if (mention.start() >= from && mention.start() < to) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a connective at token i joins two clauses about two different mentions: a
	 * mention before it with a verb between them, and a mention and a verb after it.
	 */
	private static boolean clauseBetweenMentions(String[] lower, List<String> tags, List<Mention> mentions, int i) {
		Mention before = null;
		Mention after = null;
		for (Mention mention : mentions) {
			if (mention.end() <= i) {
				before = mention;
			}
			else if (mention.start() > i && after == null) {
				after = mention;
			}
		}
		// the second mention opens the clause: "and Hegseth", "because the LDP"
		if (before == null || after == null || after.start() > i + 2) {
			return false;
		}
		return switch (lower[i]) {
			case "and" ->
				tags != null && verbWithin(tags, before.end(), i) && verbWithin(tags, after.end(), lower.length);
			case "so" -> lower[i - 1].equals(",");
			default -> true;
		};
	}

	private static boolean verbWithin(List<String> tags, int from, int to) {
		for (int k = from; k < to; k++) {
			String tag = tags.get(k);
			if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
				return true;
			}
		}
		return false;
	}

}
