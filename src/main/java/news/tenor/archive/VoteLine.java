package news.tenor.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vote lines, {@code NET ( +UP / -DOWN )} (README, "Grammar"), read the way readers saw
 * them rather than the way one program printed them: any Unicode space (no-break, thin,
 * ideographic), full-width digits, parentheses and slash, and the many minus signs
 * (U+2212, dashes, U+FE63, U+FF0D) are read as their ASCII forms, and a NET of {@code +3}
 * is 3.
 *
 * <p>
 * A line that has the shape of a vote line but numbers that cannot be read
 * ({@code abc ( +x / -y )}, a count past {@code int}, {@code 3 ( +-2 / -1 )}) is still a
 * vote line: it ends its comment, which gets votes unknown and a note saying why. Taking
 * it for comment text would merge two comments into one, the one thing the format's vote
 * lines are there to prevent. For the same reason a readable vote line is found where an
 * export lost a newline: at the end or the start of a line of text, or broken over two
 * lines ({@link ArticleParser}); the comment is noted.
 */
final class VoteLine {

	/** Longer lines are never vote lines, and most lines are longer: checked first. */
	private static final int MAX_LENGTH = 160;

	/**
	 * The shape, on a {@link #normalize normalised} line: three short slots around
	 * {@code ( / )}, and at most a little punctuation after the parenthesis (a stray full
	 * stop, an emoticon's end).
	 */
	private static final Pattern SHAPE = Pattern
		.compile("^([^()]{1,40}?) ?\\( ?([^()/]{1,40}?) ?/ ?([^()/]{1,40}?) ?\\)([^\\p{L}\\p{N}]{0,10})$");

	private static final Pattern COUNT = Pattern.compile("^([-+]?) ?([0-9]+)$");

	/**
	 * A slot with spaces inside is a count only when it holds nothing but digits and
	 * signs.
	 */
	private static final Pattern SPACED = Pattern.compile("^[-+0-9 ]+$");

	private static final Pattern DIGIT = Pattern.compile("[0-9]");

	/** What is left of a vote line when the file ends inside it: "2 ( +2 / -". */
	private static final Pattern STUMP = Pattern
		.compile("^(?:-|[-+]?[0-9]{1,10} ?" + "(\\( ?(\\+ ?([0-9]{1,10} ?(/ ?(- ?[0-9]{0,10} ?)?)?)?)?)?)$");

	/**
	 * A line read as a vote line.
	 *
	 * @param votes the votes, or {@code null} when they cannot be read
	 * @param problem why they cannot be read, or {@code null}
	 */
	record Read(VoteCount votes, String problem) {
	}

	private VoteLine() {
	}

	/** The line as a vote line, or {@code null} when it does not look like one. */
	static Read read(String line) {
		return read(line, false);
	}

	/**
	 * @param signed whether the signs before UP and DOWN must be there ("+2 / -0"), as
	 * for a vote line inside a line of text, where "1 (2/3)" is more likely words
	 */
	private static Read read(String line, boolean signed) {
		if (line.length() > MAX_LENGTH || !mayBeVoteLine(line)) {
			return null;
		}
		Matcher shape = SHAPE.matcher(normalize(line));
		if (!shape.matches()) {
			return null;
		}
		String net = shape.group(1).strip();
		String up = shape.group(2).strip();
		String down = shape.group(3).strip();
		if (!slot(net) || !slot(up) || !slot(down) || "\"'>\u201C\u2018\u00AB".indexOf(net.charAt(0)) >= 0) {
			return null;
		}
		boolean signs = up.startsWith("+") && down.startsWith("-");
		if (signed && !signs) {
			return null;
		}
		String upCount = up.startsWith("+") ? up.substring(1).strip() : up;
		String downCount = down.startsWith("-") ? down.substring(1).strip() : down;
		if (upCount.isEmpty() || downCount.isEmpty()) {
			return null;
		}
		if (!signs && !(hasDigit(net) && hasDigit(upCount) && hasDigit(downCount))) {
			// "Tokyo ( north / south )" is a comment's words
			return null;
		}
		String problem = problem(net, net, true);
		problem = problem != null ? problem : problem(up, upCount, false);
		problem = problem != null ? problem : problem(down, downCount, false);
		if (problem != null) {
			return new Read(null, problem);
		}
		return new Read(new VoteCount(count(net), count(upCount), count(downCount)), null);
	}

	/**
	 * A readable vote line that shares its line with text: a newline lost in an export
	 * ("Well said. 2 ( +2 / -0 )", or "2 ( +2 / -0 ) Next comment").
	 *
	 * @param before the text before it (may be empty)
	 * @param voteLine the vote line
	 * @param after the text after it (may be empty)
	 */
	record Split(String before, String voteLine, Read votes, String after) {
	}

	/**
	 * The readable vote line at the end or the start of a line of text, or {@code null}.
	 * Only a vote line whose numbers read is taken out of text: one that does not read
	 * could as well be words.
	 */
	static Split split(String line) {
		if (!mayBeVoteLine(line)) {
			return null;
		}
		int limit = Math.max(1, line.length() - MAX_LENGTH);
		for (int p = line.length() - 1; p >= limit; p--) {
			if (Character.isWhitespace(line.charAt(p - 1)) && !Character.isWhitespace(line.charAt(p))) {
				Read tail = read(line.substring(p), true);
				if (tail != null && tail.problem() == null) {
					return new Split(line.substring(0, p).strip(), line.substring(p), tail, "");
				}
			}
		}
		for (int p = 1; p < Math.min(line.length(), MAX_LENGTH); p++) {
			if (Character.isWhitespace(line.charAt(p)) && !Character.isWhitespace(line.charAt(p - 1))) {
				Read head = read(line.substring(0, p), true);
				if (head != null && head.problem() == null) {
					return new Split("", line.substring(0, p), head, line.substring(p).strip());
				}
			}
		}
		return null;
	}

	/** Whether the line is the start of a vote line ("2 ( +2 / -"), as left by a cut. */
	static boolean isStump(String line) {
		return line.length() <= MAX_LENGTH && STUMP.matcher(normalize(line)).matches();
	}

	/** A quick look before the regular expressions: most lines hold no parenthesis. */
	private static boolean mayBeVoteLine(String line) {
		boolean open = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '(' || c == '\uFF08' || c == '\uFE59' || c == '\u207D' || c == '\u208D') {
				open = true;
			}
			else if (open && (c == '/' || c == '\uFF0F' || c == '\u2044' || c == '\u2215')) {
				return true;
			}
		}
		return false;
	}

	private static boolean slot(String slot) {
		return !slot.isEmpty() && (slot.indexOf(' ') < 0 || SPACED.matcher(slot).matches());
	}

	private static boolean hasDigit(String slot) {
		return DIGIT.matcher(slot).find();
	}

	/**
	 * Why a slot (its count without the sign the line puts there) is not a count, or
	 * {@code null}.
	 */
	private static String problem(String slot, String number, boolean signed) {
		Matcher count = COUNT.matcher(number);
		if (!count.matches() || (!signed && !count.group(1).isEmpty())) {
			return "'" + slot + "' is not a count";
		}
		String digits = count.group(2).replaceFirst("^0+(?=.)", "");
		if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
			return "'" + slot + "' is larger than any vote count (" + String.format("%,d", Integer.MAX_VALUE) + ")";
		}
		return null;
	}

	private static int count(String slot) {
		Matcher count = COUNT.matcher(slot);
		count.matches();
		int value = Integer.parseInt(count.group(2).replaceFirst("^0+(?=.)", ""));
		return count.group(1).equals("-") ? -value : value;
	}

	/**
	 * Unicode spaces as one ASCII space, zero-width characters dropped, digits of any
	 * script as ASCII digits, full-width and small parentheses, slashes, plus and minus
	 * signs as ASCII; trimmed.
	 */
	static String normalize(String line) {
		StringBuilder out = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length();) {
			int c = line.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = !out.isEmpty();
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
			if (digit >= 0) {
				out.append((char) ('0' + digit));
				continue;
			}
			switch (c) {
				case '\uFF08', '\uFE59', '\u207D', '\u208D' -> out.append('(');
				case '\uFF09', '\uFE5A', '\u207E', '\u208E' -> out.append(')');
				case '\uFF0F', '\u2044', '\u2215' -> out.append('/');
				case '\uFF0B', '\uFE62', '\u207A', '\u208A' -> out.append('+');
				case '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\uFE58', '\uFE63', '\uFF0D',
						'\u207B', '\u208B' ->
					out.append('-');
				default -> out.appendCodePoint(c);
			}
		}
		return out.toString();
	}

}
