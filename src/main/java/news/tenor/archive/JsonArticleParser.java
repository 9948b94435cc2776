package news.tenor.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Parses one line of a JSON Lines export: one article with its comments per line. The
 * fields are documented in README.md, section "JSON Lines", and read strictly: a field of
 * the wrong type, a field given twice, an impossible date or a comment with both
 * {@code text} and {@code paragraphs} saying different things rejects the line, since any
 * reading of it would be a guess. Text goes through the same checks as archive files,
 * after JSON unescaping too, since {@code "\u00c3\u00a9"} is mojibake as much as "Ã©" is,
 * and {@code "\ud83d"} alone is no character at all. Reasons are plain sentences, never
 * Jackson's messages.
 */
final class JsonArticleParser {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

	private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");

	private static final Pattern CONTROL = Pattern
		.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

	private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)' \\(code");

	private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");

	private JsonArticleParser() {
	}

	/**
	 * Reads an article whose date is accepted today ({@link PublicationDates#today()}).
	 */
	static Article parse(byte[] line) throws ArchiveFormatException {
		return parse(line, PublicationDates.today());
	}

	static Article parse(byte[] line, PublicationDates dates) throws ArchiveFormatException {
		String text = ArchiveDecoder.decode(line).text();
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new ArchiveFormatException(reason(ex), 1);
		}
		if (root == null || !root.isObject()) {
			throw new ArchiveFormatException("not a JSON object (one article per line is expected)", 1);
		}
		String source = string(root, "source", true);
		String title = string(root, "title", true);
		LocalDate published = published(string(root, "published", true));
		if (!dates.contains(published)) {
			throw new ArchiveFormatException(dates.refusal("'published'", published), 1);
		}
		List<String> body = paragraphs(root.get("body"), "'body'");
		List<Comment> comments = new ArrayList<>();
		JsonNode list = root.get("comments");
		if (list != null && !list.isNull()) {
			if (!list.isArray()) {
				throw new ArchiveFormatException("'comments' must be a list, not " + describe(list), 1);
			}
			for (JsonNode node : list) {
				int position = comments.size() + 1;
				comments.add(comment(node, position));
			}
		}
		return new Article(source, published, string(root, "category", false), title, string(root, "dateline", false),
				string(root, "caption", false), body, string(root, "agency", false), string(root, "publisher", false),
				comments);
	}

	private static Comment comment(JsonNode node, int position) throws ArchiveFormatException {
		String what = "comment " + position;
		if (node.isTextual()) {
			return new Comment(position, paragraphs(node, what), null);
		}
		if (!node.isObject()) {
			throw new ArchiveFormatException(what + " must be an object or a string, not " + describe(node), 1);
		}
		JsonNode paragraphsNode = node.get("paragraphs");
		JsonNode textNode = node.get("text");
		boolean hasParagraphs = paragraphsNode != null && !paragraphsNode.isNull();
		List<String> paragraphs = paragraphs(hasParagraphs ? paragraphsNode : textNode, what);
		if (hasParagraphs && textNode != null && !textNode.isNull()) {
			List<String> text = paragraphs(textNode, what);
			if (!Text.normalize(String.join("\n\n", text)).equals(Text.normalize(String.join("\n\n", paragraphs)))) {
				throw new ArchiveFormatException(
						what + " has both 'text' and 'paragraphs', and they differ: it should have one of them", 1);
			}
		}
		VoteCount votes = null;
		if (node.hasNonNull("up") || node.hasNonNull("down") || node.hasNonNull("net")) {
			int up = count(node, "up", what, 0);
			int down = count(node, "down", what, 0);
			int net = node.hasNonNull("net") ? count(node, "net", what, Integer.MIN_VALUE) : up - down;
			votes = new VoteCount(net, up, down);
		}
		return new Comment(position, paragraphs, votes);
	}

	/**
	 * A date, or the date part of an ISO-8601 date-time as written: the whole value must
	 * be valid ({@code 2026-01-18T25:99} is not).
	 */
	private static LocalDate published(String value) throws ArchiveFormatException {
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value);
			}
			String iso = value.length() > 10 && value.charAt(10) == ' '
					? value.substring(0, 10) + 'T' + value.substring(11) : value;
			return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(iso));
		}
		catch (DateTimeException invalid) {
			throw new ArchiveFormatException("'published' '" + shown(value) + "' is not a valid date or date-time "
					+ "(expected YYYY-MM-DD or an ISO-8601 date-time such as 2026-01-18T09:30:00+09:00)", 1);
		}
	}

	/**
	 * A string field: absent, null or blank is {@code null}; any other type is refused.
	 */
	private static String string(JsonNode root, String field, boolean required) throws ArchiveFormatException {
		JsonNode node = root.get(field);
		if (node != null && !node.isNull() && !node.isTextual()) {
			throw new ArchiveFormatException("'" + field + "' must be a string, not " + describe(node), 1);
		}
		if (node == null || node.isNull() || node.textValue().isBlank()) {
			if (required) {
				throw new ArchiveFormatException("missing '" + field + "'", 1);
			}
			return null;
		}
		return checked(node.textValue().strip(), "'" + field + "'");
	}

	/** A vote count: a whole number from {@code min} up, within an int. */
	private static int count(JsonNode node, String field, String what, int min) throws ArchiveFormatException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return 0;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min) {
			throw new ArchiveFormatException(
					what + ": '" + field + "' must be a whole number " + (min == 0 ? "from 0 to " : "up to ")
							+ String.format("%,d", Integer.MAX_VALUE) + ", not " + describe(value),
					1);
		}
		return value.intValue();
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
					throw new ArchiveFormatException(what + " must hold strings, not " + describe(p), 1);
				}
				if (!p.textValue().isBlank()) {
					paragraphs.add(checked(p.textValue().strip(), what));
				}
			}
			return paragraphs;
		}
		if (!node.isTextual()) {
			throw new ArchiveFormatException(what + " must be a string or a list of strings, not " + describe(node), 1);
		}
		for (String p : node.textValue().replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
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

	/** "a number (12345)", "a boolean (true)", "a list", "an object", "a string". */
	private static String describe(JsonNode node) {
		if (node.isNumber()) {
			return "a number (" + shown(node.toString()) + ")";
		}
		if (node.isBoolean()) {
			return "a boolean (" + node + ")";
		}
		if (node.isTextual()) {
			return "a string ('" + shown(node.textValue()) + "')";
		}
		return node.isArray() ? "a list" : node.isObject() ? "an object" : "null";
	}

	private static String shown(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "\u2026";
	}

	/**
	 * Jackson's message as a plain sentence, with the column: Jackson's own words name
	 * its classes and features ({@code Source: REDACTED (StreamReadFeature...)}), which
	 * say nothing to whoever fixes the export.
	 */
	static String reason(JsonProcessingException ex) {
		int column = ex.getLocation() == null ? -1 : ex.getLocation().getColumnNr();
		return "not valid JSON" + (column > 0 ? " at column " + column : "") + ": "
				+ plain(ex, ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage());
	}

	private static String plain(JsonProcessingException ex, String message) {
		Matcher m;
		if (ex instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
			return "unexpected end of input (the line is cut short?)";
		}
		if ((m = DUPLICATE.matcher(message)).find()) {
			return "the field '" + shown(m.group(1)) + "' appears twice";
		}
		if (message.startsWith("Trailing token")) {
			return "more follows the end of the JSON object";
		}
		if ((m = TOKEN.matcher(message)).find()) {
			return "'" + shown(m.group(1)) + "' is not a JSON value";
		}
		if ((m = CONTROL.matcher(message)).find()) {
			return "a control character (code " + m.group(1) + ") inside a string must be escaped";
		}
		if ((m = ESCAPE.matcher(message)).find()) {
			return "'\\" + m.group(1) + "' is not a JSON escape";
		}
		if (message.contains("nesting depth")) {
			return "nested too deep (more than 1,000 levels)";
		}
		if (message.startsWith("Number value length")) {
			return "a number longer than 1,000 digits";
		}
		if (message.startsWith("String value length")) {
			return "a string too long";
		}
		if (message.contains("Leading zeroes")) {
			return "a number with leading zeros";
		}
		if (message.contains("numeric value")) {
			return "a malformed number";
		}
		if ((m = UNEXPECTED.matcher(message)).find()) {
			int code = Integer.parseInt(m.group(2));
			String character = code < 0x20 || code == 0x7F ? String.format("U+%04X", code) : "'" + m.group(1) + "'";
			return "unexpected character " + character + expected(message);
		}
		if (message.startsWith("Invalid UTF-8")) {
			return "not valid UTF-8";
		}
		return "unexpected input";
	}

	private static String expected(String message) {
		if (message.contains("double-quote to start field name")) {
			return " where a field name in double quotes should be";
		}
		if (message.contains("colon to separate field name")) {
			return " where ':' should follow a field name";
		}
		if (message.contains("separate Object entries")) {
			return " where ',' or '}' should be";
		}
		if (message.contains("separate Array entries")) {
			return " where ',' or ']' should be";
		}
		if (message.contains("valid value")) {
			return " where a value should be";
		}
		return "";
	}

}
