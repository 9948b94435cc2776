package news.tenor.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one line of a JSON Lines export: one article with its comments per line. The
 * fields are documented in README.md, section "JSON Lines". Text goes through the same
 * checks as archive files, after JSON unescaping too, since {@code "\u00c3\u00a9"} is
 * mojibake as much as "Ã©" is.
 */
public final class JsonArticleParser {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A date, or the date part of an ISO-8601 date-time, as written. */
	private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

	private JsonArticleParser() {
	}

	public static Article parse(byte[] line) throws ArchiveFormatException {
		String text = ArchiveDecoder.decode(line).text();
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new ArchiveFormatException("not valid JSON (" + ex.getOriginalMessage() + ")", 1);
		}
		if (root == null || !root.isObject()) {
			throw new ArchiveFormatException("not a JSON object (one article per line is expected)", 1);
		}
		String source = required(root, "source");
		String title = required(root, "title");
		LocalDate published = published(required(root, "published"));
		List<String> body = paragraphs(root.get("body"), "'body'");
		List<Comment> comments = new ArrayList<>();
		JsonNode list = root.get("comments");
		if (list != null && !list.isNull()) {
			if (!list.isArray()) {
				throw new ArchiveFormatException("'comments' is not a list", 1);
			}
			for (JsonNode node : list) {
				int position = comments.size() + 1;
				comments.add(comment(node, position));
			}
		}
		return new Article(source, published, optional(root, "category"), title, optional(root, "dateline"),
				optional(root, "caption"), body, optional(root, "agency"), optional(root, "publisher"), comments);
	}

	private static Comment comment(JsonNode node, int position) throws ArchiveFormatException {
		String what = "comment " + position;
		if (node.isTextual()) {
			return new Comment(position, paragraphs(node, what), null);
		}
		if (!node.isObject()) {
			throw new ArchiveFormatException(what + " is neither an object nor text", 1);
		}
		List<String> paragraphs = paragraphs(node.has("paragraphs") ? node.get("paragraphs") : node.get("text"), what);
		VoteCount votes = null;
		if (node.hasNonNull("up") || node.hasNonNull("down") || node.hasNonNull("net")) {
			int up = count(node, "up", what);
			int down = count(node, "down", what);
			int net = node.hasNonNull("net") ? number(node, "net", what) : up - down;
			votes = new VoteCount(net, up, down);
		}
		return new Comment(position, paragraphs, votes);
	}

	private static LocalDate published(String value) throws ArchiveFormatException {
		Matcher m = DATE.matcher(value);
		try {
			if (m.matches()) {
				return LocalDate.parse(m.group(1));
			}
		}
		catch (java.time.format.DateTimeParseException invalid) {
			// reported below
		}
		throw new ArchiveFormatException(
				"invalid 'published' date '" + value + "' (expected YYYY-MM-DD or an ISO-8601 date-time)", 1);
	}

	private static String required(JsonNode root, String field) throws ArchiveFormatException {
		String value = optional(root, field);
		if (value == null) {
			throw new ArchiveFormatException("missing '" + field + "'", 1);
		}
		return value;
	}

	private static String optional(JsonNode root, String field) throws ArchiveFormatException {
		JsonNode node = root.get(field);
		if (node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()) {
			return null;
		}
		return checked(node.asText().strip(), "'" + field + "'");
	}

	private static int count(JsonNode node, String field, String what) throws ArchiveFormatException {
		int value = number(node, field, what);
		if (value < 0) {
			throw new ArchiveFormatException(what + ": '" + field + "' is negative", 1);
		}
		return value;
	}

	private static int number(JsonNode node, String field, String what) throws ArchiveFormatException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return 0;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new ArchiveFormatException(what + ": '" + field + "' is not a whole number", 1);
		}
		return value.asInt();
	}

	/**
	 * Paragraphs from a list of strings, or from one string with blank lines between
	 * them.
	 */
	private static List<String> paragraphs(JsonNode node, String what) throws ArchiveFormatException {
		List<String> paragraphs = new ArrayList<>();
		if (node == null || node.isNull()) {
			return paragraphs;
		}
		if (node.isArray()) {
			for (JsonNode p : node) {
				if (!p.isTextual()) {
					throw new ArchiveFormatException(what + " holds something other than text", 1);
				}
				if (!p.asText().isBlank()) {
					paragraphs.add(checked(p.asText().strip(), what));
				}
			}
			return paragraphs;
		}
		if (!node.isTextual()) {
			throw new ArchiveFormatException(what + " is neither text nor a list of paragraphs", 1);
		}
		for (String p : node.asText().replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
			if (!p.isBlank()) {
				paragraphs.add(checked(p.strip(), what));
			}
		}
		return paragraphs;
	}

	private static String checked(String value, String what) throws ArchiveFormatException {
		try {
			return ArchiveDecoder.clean(value);
		}
		catch (ArchiveFormatException ex) {
			throw new ArchiveFormatException(what + " " + ex.getMessage(), 1);
		}
	}

}
