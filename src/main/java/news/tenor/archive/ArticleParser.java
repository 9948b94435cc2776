package news.tenor.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of one archive file into an {@link Article}. The grammar is specified
 * in {@code docs/archive-format.md}; in short:
 *
 * <pre>
 * file     = blank* header head? title dateline? body credits? comments
 * header   = " date " DATE SP+ SOURCE
 * head     = caption-line* category-line?     (lines right under the header, before a blank line)
 * comments = (paragraph* vote-line)* paragraph*   (trailing paragraphs: a truncated last comment)
 * </pre>
 */
public final class ArticleParser {

	private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{1,2}-\\d{1,2})\\s+(\\S.*?)\\s*$");

	private static final Pattern VOTES = Pattern
		.compile("^\\s*([-\u2212]?\\d+)\\s*\\(\\s*\\+?\\s*(\\d+)\\s*/\\s*[-\u2212]?\\s*(\\d+)\\s*\\)\\s*$");

	private static final Pattern AGENCY = Pattern.compile("^\\s*\u00A9\\s*(\\D.*?)\\s*$");

	private static final Pattern PUBLISHER = Pattern.compile("^\\s*\u00A9\\s*(\\d{4})\\s*(.*?)\\s*$");

	private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .,'&/\\-]{0,40}$");

	private static final Pattern CAPTION_CREDIT = Pattern.compile("\\bImage:\\s*\\S");

	/**
	 * A block of the file: a paragraph, or one of the single-line markers, with its first
	 * line.
	 */
	private record Block(String text, int line, Kind kind) {

		enum Kind {

			PARAGRAPH, VOTES, CREDIT

		}

	}

	private ArticleParser() {
	}

	public static Article parse(String text) throws ArchiveFormatException {
		String[] lines = text.split("\n", -1);
		int i = 0;
		while (i < lines.length && lines[i].isBlank()) {
			i++;
		}
		if (i == lines.length) {
			throw new ArchiveFormatException("empty file (only blank lines)", 1);
		}
		Matcher header = HEADER.matcher(lines[i]);
		if (!header.matches()) {
			throw new ArchiveFormatException(
					"not an article: the first line is not a ' date YYYY-MM-DD  Source' header", i + 1);
		}
		LocalDate published;
		try {
			published = LocalDate.parse(normalizeDate(header.group(1)));
		}
		catch (DateTimeParseException ex) {
			throw new ArchiveFormatException("not an article: invalid date '" + header.group(1) + "' in the header",
					i + 1);
		}
		String source = header.group(2).trim();
		int headerLine = i + 1;
		i++;

		// The head: caption and category lines directly under the header, up to the first
		// blank line.
		String caption = null;
		String category = null;
		String title = null;
		List<String> captionLines = new ArrayList<>();
		while (i < lines.length && !lines[i].isBlank()) {
			String line = lines[i].trim();
			if (caption == null && category == null && title == null && CAPTION_CREDIT.matcher(line).find()) {
				captionLines.add(line);
				caption = String.join("\n", captionLines);
			}
			else if (category == null && title == null && looksLikeCategory(line)) {
				category = line;
			}
			else if (title == null) {
				title = line;
			}
			else {
				break;
			}
			i++;
		}
		List<Block> blocks = blocks(lines, i);
		int b = 0;
		if (title == null) {
			if (b == blocks.size() || blocks.get(b).kind() != Block.Kind.PARAGRAPH) {
				throw new ArchiveFormatException("not an article: a header but no title", headerLine);
			}
			title = blocks.get(b++).text().replace('\n', ' ');
		}
		String dateline = null;
		if (b + 1 < blocks.size() && blocks.get(b).kind() == Block.Kind.PARAGRAPH
				&& DATELINE.matcher(blocks.get(b).text()).matches()) {
			dateline = blocks.get(b++).text();
		}

		int firstCredit = indexOf(blocks, b, Block.Kind.CREDIT);
		int firstVotes = indexOf(blocks, b, Block.Kind.VOTES);
		int bodyEnd;
		if (firstCredit >= 0 && (firstVotes < 0 || firstCredit < firstVotes)) {
			bodyEnd = firstCredit;
		}
		else if (firstVotes >= 0) {
			// No credit line: the body cannot be told from a first comment of several
			// paragraphs,
			// so the first comment is the one paragraph right above the first vote line.
			bodyEnd = Math.max(b, firstVotes - 1);
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
		while (k < blocks.size() && blocks.get(k).kind() == Block.Kind.CREDIT) {
			String credit = blocks.get(k).text();
			Matcher p = PUBLISHER.matcher(credit);
			Matcher a = AGENCY.matcher(credit);
			if (p.matches() && publisher == null) {
				publisher = credit.replaceFirst("^\\s*\u00A9\\s*", "\u00A9");
			}
			else if (a.matches() && agency == null) {
				agency = a.group(1);
			}
			k++;
		}
		List<Comment> comments = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		for (; k < blocks.size(); k++) {
			Block block = blocks.get(k);
			if (block.kind() == Block.Kind.VOTES) {
				Matcher v = VOTES.matcher(block.text());
				v.matches();
				comments.add(new Comment(comments.size() + 1, paragraphs,
						new VoteCount(Integer.parseInt(v.group(1).replace('\u2212', '-')), Integer.parseInt(v.group(2)),
								Integer.parseInt(v.group(3)))));
				paragraphs = new ArrayList<>();
			}
			else {
				paragraphs.add(block.text());
			}
		}
		if (!paragraphs.isEmpty()) {
			comments.add(new Comment(comments.size() + 1, paragraphs, null));
		}
		return new Article(source, published, category, title, dateline, caption, body, agency, publisher, comments);
	}

	private static String normalizeDate(String date) {
		String[] parts = date.split("-");
		return String.format("%s-%02d-%02d", parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}

	/**
	 * A category is a short label ("politics", "Crime"), not a sentence or a headline.
	 */
	private static boolean looksLikeCategory(String line) {
		return line.length() <= 40 && line.split("\\s+").length <= 3 && !line.matches(".*[.!?:\"]$");
	}

	private static int indexOf(List<Block> blocks, int from, Block.Kind kind) {
		for (int k = from; k < blocks.size(); k++) {
			if (blocks.get(k).kind() == kind) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Paragraphs are runs of non-blank lines; vote lines and credit lines stand on their
	 * own.
	 */
	private static List<Block> blocks(String[] lines, int from) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		int start = -1;
		for (int i = from; i <= lines.length; i++) {
			String line = i < lines.length ? lines[i].strip() : "";
			Block.Kind marker = VOTES.matcher(line).matches() ? Block.Kind.VOTES
					: line.startsWith("\u00A9") ? Block.Kind.CREDIT : null;
			if (line.isEmpty() || marker != null) {
				if (start >= 0) {
					blocks.add(new Block(paragraph.toString(), start + 1, Block.Kind.PARAGRAPH));
					paragraph.setLength(0);
					start = -1;
				}
				if (marker != null) {
					blocks.add(new Block(line, i + 1, marker));
				}
				continue;
			}
			if (start < 0) {
				start = i;
			}
			else {
				paragraph.append('\n');
			}
			paragraph.append(line);
		}
		return blocks;
	}

}
