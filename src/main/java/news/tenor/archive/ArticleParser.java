package news.tenor.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of one archive file into an {@link Article}. The grammar and every rule
 * below are specified in README.md, section "Archive format"; in short:
 *
 * <pre>
 * file     = blank* header head? blank+ title dateline? body credit* comment* cut-comment?
 * header   = SP* "date" SP+ DATE SP+ SOURCE
 * head     = caption-line* category-line?     lines right under the header
 * comment  = paragraph* vote-line             vote-line = NET "(" "+" UP "/" "-" DOWN ")"
 * </pre>
 *
 * The parser never guesses silently where it can count: vote lines end comments, credit
 * lines ({@code ©}) end the body. Where the body has no credit line after it, the body
 * cannot always be told from a first comment of several paragraphs; the rule used then is
 * in {@link #firstCommentStart}. Whatever has the shape of a vote line ends a comment,
 * readable or not ({@link VoteLine}); so does a readable one on a line of text or broken
 * over two lines; the comment notes what was not as the format says. The header's date
 * must be within the {@link PublicationDates} accepted.
 */
final class ArticleParser {

	private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\S+)(?:\\s+(\\S.*?))?\\s*$");

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern PUBLISHER = Pattern.compile("^\u00A9\\s*(\\d{4})\\b.*");

	private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'&/\\-]{0,40}$");

	private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(?:Image|Photo|Picture)s?:\\s*\\S");

	private static final Pattern URL_ONLY = Pattern.compile("^(?:(?:https?://|www\\.)\\S+\\s*)+$",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_SHOWN = 60;

	/** The most paragraphs a first comment is taken to have when no credit line helps. */
	private static final int MAX_FIRST_COMMENT_PARAGRAPHS = 20;

	/**
	 * A paragraph, a vote line or a credit line, with the line it starts on; a vote line
	 * with how it reads.
	 */
	private record Block(String text, int line, Kind kind, VoteLine.Read votes, String placement) {

		Block(String text, int line, Kind kind) {
			this(text, line, kind, null, null);
		}

		enum Kind {

			PARAGRAPH, VOTES, CREDIT,

			/** What is left of a vote line where the file was cut: "2 ( +2 / -". */
			CUT_VOTES

		}

		boolean is(Kind kind) {
			return this.kind == kind;
		}

	}

	private ArticleParser() {
	}

	/**
	 * An article as read from its file.
	 *
	 * @param endsInComment whether the file stops in its last comment, before a vote line
	 * (the file was cut)
	 */
	record Read(Article article, boolean endsInComment) {
	}

	/**
	 * Reads an article whose date is accepted today ({@link PublicationDates#today()}).
	 */
	static Article parse(String text) throws ArchiveFormatException {
		return read(text, PublicationDates.today()).article();
	}

	static Read read(String text, PublicationDates dates) throws ArchiveFormatException {
		String[] lines = text.split("\n", -1);
		int i = 0;
		while (i < lines.length && lines[i].isBlank()) {
			i++;
		}
		if (i == lines.length) {
			throw new ArchiveFormatException("empty file (only blank lines)", 1);
		}
		int headerLine = i + 1;
		Matcher header = HEADER.matcher(lines[i]);
		if (!header.matches()) {
			throw new ArchiveFormatException("not an article: the first line should be the header "
					+ "' date YYYY-MM-DD  Source' but reads '" + shown(lines[i]) + "'", headerLine);
		}
		LocalDate published = date(header.group(1), headerLine);
		if (!dates.contains(published)) {
			throw new ArchiveFormatException(dates.refusal("date", published), headerLine);
		}
		if (header.group(2) == null) {
			throw new ArchiveFormatException("not an article: the header names no source after the date", headerLine);
		}
		String source = header.group(2);
		i++;

		// The head: caption lines, then maybe a category, right under the header.
		List<String> head = new ArrayList<>();
		while (i < lines.length && !lines[i].isBlank()) {
			head.add(lines[i].strip());
			i++;
		}
		String category = null;
		if (!head.isEmpty() && looksLikeCategory(head.get(head.size() - 1))) {
			category = head.remove(head.size() - 1);
		}
		String caption = head.isEmpty() ? null : String.join("\n", head);

		List<Block> blocks = blocks(lines, i);
		markCutVoteLine(blocks, text);
		int b = 0;
		if (blocks.isEmpty() || !blocks.get(0).is(Block.Kind.PARAGRAPH)) {
			throw new ArchiveFormatException("not an article: a header but no title after it",
					blocks.isEmpty() ? headerLine : blocks.get(0).line());
		}
		String title = blocks.get(b++).text().replace('\n', ' ');
		String dateline = null;
		if (b + 1 < blocks.size() && blocks.get(b).is(Block.Kind.PARAGRAPH)
				&& DATELINE.matcher(blocks.get(b).text()).matches()) {
			dateline = blocks.get(b++).text();
		}

		int firstCredit = indexOf(blocks, b, Block.Kind.CREDIT);
		int firstVotes = indexOf(blocks, b, Block.Kind.VOTES, Block.Kind.CUT_VOTES);
		int bodyEnd;
		if (firstCredit >= 0 && (firstVotes < 0 || firstCredit < firstVotes)) {
			bodyEnd = firstCredit;
		}
		else if (firstVotes >= 0) {
			bodyEnd = firstCommentStart(blocks, b, firstVotes);
		}
		else {
			bodyEnd = blocks.size();
		}
		List<String> body = new ArrayList<>();
		for (int k = b; k < bodyEnd; k++) {
			body.add(blocks.get(k).text());
		}
		String agency = null;
		String publisher = null;
		int k = bodyEnd;
		// a "credit" right above a vote line is a comment that starts with ©
		for (; k < blocks.size() && blocks.get(k).is(Block.Kind.CREDIT)
				&& !(k + 1 < blocks.size() && blocks.get(k + 1).is(Block.Kind.VOTES)); k++) {
			String credit = blocks.get(k).text();
			if (PUBLISHER.matcher(credit).matches()) {
				publisher = join(publisher, credit);
			}
			else {
				agency = join(agency, credit.substring(1).strip());
			}
		}
		List<Comment> comments = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		for (; k < blocks.size(); k++) {
			Block block = blocks.get(k);
			if (block.is(Block.Kind.VOTES)) {
				VoteLine.Read votes = block.votes();
				String note = Notes.join(
						votes.problem() == null ? null : "votes unknown: vote line " + block.line() + " '"
								+ shown(block.text()) + "' cannot be read (" + votes.problem() + ")",
						block.placement());
				comments.add(new Comment(comments.size() + 1, paragraphs, votes.votes(), note));
				paragraphs = new ArrayList<>();
			}
			else if (!block.is(Block.Kind.CUT_VOTES)) {
				paragraphs.add(block.text());
			}
		}
		boolean endsInComment = !paragraphs.isEmpty();
		if (endsInComment) {
			comments.add(new Comment(comments.size() + 1, paragraphs, null));
		}
		return new Read(
				new Article(source, published, category, title, dateline, caption, body, agency, publisher, comments),
				endsInComment);
	}

	/**
	 * Where the first comment starts when no credit line closes the body. A body keeps at
	 * least its first paragraph, and a comment at least the paragraph above its vote
	 * line. Going up from there, the comment also takes bare links, and starts no later
	 * than a paragraph that repeats earlier article text or opens with {@code >}: that is
	 * a commenter quoting. Any other paragraph stays in the body: a comment paragraph
	 * read as body is lost from scoring but kept in H2, a body paragraph read as a
	 * comment would be scored as a reader's opinion.
	 */
	private static int firstCommentStart(List<Block> blocks, int bodyStart, int firstVotes) {
		int start = Math.max(bodyStart + 1, firstVotes - 1);
		if (start >= firstVotes) {
			return firstVotes;
		}
		while (start - 1 > bodyStart && URL_ONLY.matcher(blocks.get(start - 1).text()).matches()) {
			start--;
		}
		// a first comment is not longer than this; looking further up only costs time
		int from = Math.max(bodyStart + 1, start - MAX_FIRST_COMMENT_PARAGRAPHS);
		StringBuilder earlier = new StringBuilder();
		for (int k = bodyStart; k < start; k++) {
			String paragraph = blocks.get(k).text();
			if (k >= from && (paragraph.startsWith(">") || repeats(paragraph, earlier))) {
				return k;
			}
			earlier.append(Text.normalize(paragraph)).append('\n');
		}
		return start;
	}

	private static boolean repeats(String paragraph, StringBuilder earlier) {
		String needle = QuoteDetector.unwrap(Text.normalize(paragraph));
		return QuoteDetector.longEnough(needle) && earlier.indexOf(needle) >= 0;
	}

	private static LocalDate date(String date, int line) throws ArchiveFormatException {
		Matcher m = DATE.matcher(date);
		if (!m.matches()) {
			throw new ArchiveFormatException(
					"not an article: the header's date '" + shown(date) + "' is not YYYY-MM-DD", line);
		}
		try {
			return LocalDate.parse(String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeParseException ex) {
			throw new ArchiveFormatException("not an article: invalid date '" + date + "' in the header", line);
		}
	}

	/**
	 * A category is a short label ("politics", "Crime", "Tech & Science"), not a
	 * sentence, a headline or a photo credit.
	 */
	static boolean looksLikeCategory(String line) {
		return line.length() <= 40 && line.split("\\s+").length <= 3 && !PHOTO_CREDIT.matcher(line).find()
				&& !line.matches(".*[.!?:;\"\u201D].*$");
	}

	/**
	 * A file that ends without a line end was cut; if its last paragraph is the start of
	 * a vote line, the comment above it is complete but its votes are unknown.
	 */
	private static void markCutVoteLine(List<Block> blocks, String text) {
		if (blocks.size() < 2 || text.endsWith("\n")) {
			return;
		}
		Block last = blocks.get(blocks.size() - 1);
		if (last.is(Block.Kind.PARAGRAPH) && VoteLine.isStump(last.text())) {
			blocks.set(blocks.size() - 1, new Block(last.text(), last.line(), Block.Kind.CUT_VOTES));
		}
	}

	private static int indexOf(List<Block> blocks, int from, Block.Kind... kinds) {
		for (int k = from; k < blocks.size(); k++) {
			for (Block.Kind kind : kinds) {
				if (blocks.get(k).is(kind)) {
					return k;
				}
			}
		}
		return -1;
	}

	private static String join(String first, String next) {
		return first == null ? next : first + "; " + next;
	}

	private static String shown(String line) {
		String s = line.strip();
		return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "\u2026";
	}

	/**
	 * Paragraphs are runs of non-blank lines; a vote line always stands on its own, and a
	 * paragraph of one line starting with {@code ©} is a credit line.
	 */
	private static List<Block> blocks(String[] lines, int from) {
		List<Block> blocks = new ArrayList<>();
		List<String> paragraph = new ArrayList<>();
		int start = -1;
		for (int i = from; i <= lines.length; i++) {
			String line = i < lines.length ? lines[i].strip() : "";
			VoteLine.Read votes = line.isEmpty() ? null : VoteLine.read(line);
			String placement = null;
			VoteLine.Split split = null;
			if (votes == null && !line.isEmpty()) {
				String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
				VoteLine.Read joined = VoteLine.isStump(line) && !next.isEmpty() && VoteLine.read(next) == null
						? VoteLine.read(line + " " + next) : null;
				if (joined != null && joined.problem() == null) {
					// "2 ( +2 /" then "-0 )": a vote line broken over two lines
					votes = joined;
					line = line + " " + next;
					placement = "vote line " + (i + 1) + " is broken over two lines";
					i++;
				}
				else {
					split = VoteLine.split(line);
				}
			}
			if (split != null) {
				// a vote line on a line of text: the text before it ends its comment, the
				// text after it starts the next one
				if (!split.before().isEmpty()) {
					if (start < 0) {
						start = i;
					}
					paragraph.add(split.before());
				}
				votes = split.votes();
				line = split.voteLine();
				placement = "vote line " + (i + 1) + " shares its line with text";
			}
			if (line.isEmpty() || votes != null) {
				if (start >= 0) {
					String text = String.join("\n", paragraph);
					Block.Kind kind = paragraph.size() == 1 && text.startsWith("\u00A9") ? Block.Kind.CREDIT
							: Block.Kind.PARAGRAPH;
					blocks.add(new Block(text, start + 1, kind));
					paragraph.clear();
					start = -1;
				}
				if (votes != null) {
					blocks.add(new Block(line, (split != null || placement == null ? i : i - 1) + 1, Block.Kind.VOTES,
							votes, placement));
				}
				if (split != null && !split.after().isEmpty()) {
					start = i;
					paragraph.add(split.after());
				}
				continue;
			}
			if (start < 0) {
				start = i;
			}
			paragraph.add(line);
		}
		return blocks;
	}

}
