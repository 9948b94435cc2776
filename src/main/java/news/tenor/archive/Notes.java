package news.tenor.archive;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Notes on an article or a comment: short clauses joined by "; " ("votes unknown: vote
 * line 12 ... cannot be read (...); text cut at 1,000,000 characters").
 */
final class Notes {

	private static final String SEPARATOR = "; ";

	private Notes() {
	}

	/** Both notes, either or both {@code null}. */
	static String join(String first, String next) {
		return first == null ? next : next == null ? first : first + SEPARATOR + next;
	}

	/** Every clause of either note, once, in order. */
	static String union(String first, String next) {
		Set<String> clauses = new LinkedHashSet<>();
		for (String note : new String[] { first, next }) {
			if (note != null) {
				clauses.addAll(Arrays.asList(note.split(SEPARATOR)));
			}
		}
		return clauses.isEmpty() ? null : String.join(SEPARATOR, clauses);
	}

	/**
	 * The note without its clauses that start with {@code prefix}; {@code null} if none
	 * is left.
	 */
	static String without(String note, String prefix) {
		if (note == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		for (String clause : note.split(SEPARATOR)) {
			if (!clause.startsWith(prefix)) {
				kept.append(kept.isEmpty() ? "" : SEPARATOR).append(clause);
			}
		}
		return kept.isEmpty() ? null : kept.toString();
	}

}
