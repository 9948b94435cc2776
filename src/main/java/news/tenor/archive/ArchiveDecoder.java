package news.tenor.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an archive entry into text with {@code \n} line ends (README,
 * "Encodings"). UTF-8 with or without BOM, and UTF-16 with a BOM or recognisable without
 * one, are read as such; other bytes are read as Windows-1252, the superset of ISO-8859-1
 * that legacy newsroom systems wrote. A file cut in the middle of a UTF-8 character keeps
 * everything before the cut. UTF-8 that was once read as Windows-1252 and saved again
 * ("Ã©" for "é") is repaired when the whole file reverses cleanly. Anything that would
 * still store mojibake or U+FFFD is refused with the line and a reason: an editor can fix
 * a file, but nobody finds garbled text once it is stored.
 */
final class ArchiveDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252. */
	private static final String UNDEFINED_IN_1252 = "\u0081\u008D\u008F\u0090\u009D";

	/**
	 * Windows-1252 by byte; its five undefined bytes stand for themselves (as C1 codes),
	 * so that UTF-8 sequences holding them still show as mojibake.
	 */
	private static final char[] WINDOWS_1252_CHARS = new char[256];

	static {
		for (int b = 0; b < 256; b++) {
			String s = new String(new byte[] { (byte) b }, WINDOWS_1252);
			WINDOWS_1252_CHARS[b] = s.charAt(0) == '\uFFFD' ? (char) b : s.charAt(0);
		}
	}

	/** A UTF-8 continuation byte (0x80-0xBF) as it looks when read as Windows-1252. */
	private static final String C = "[\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030"
			+ "\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
			+ "\u017E\u0178]";

	/**
	 * What UTF-8 read as Windows-1252 nearly always looks like: "Ã©", "Â£", "Å‚", "â€™",
	 * "ã‚¢" (Japanese), "ðŸ˜€" (emoji). Deliberately narrower than every possible
	 * sequence, so that real text such as German „Fuß“ or "café…”" is not taken for it.
	 */
	static final Pattern MOJIBAKE = Pattern
		.compile("[\u00C2-\u00C5]" + C + "|[\u00E2\u00E3]" + C + "{2}|\u00F0" + C + "{3}");

	private ArchiveDecoder() {
	}

	/**
	 * @param text the decoded text, line ends {@code \n}
	 * @param encoding how it was read, for logs and tests: "UTF-8", "UTF-8 with BOM",
	 * "Windows-1252", ... with a note when something was repaired
	 * @param cut whether the bytes end in the middle of a character (a truncated file)
	 */
	record Decoded(String text, String encoding, boolean cut) {

		Decoded(String text, String encoding) {
			this(text, encoding, false);
		}

	}

	static Decoded decode(byte[] bytes) throws ArchiveFormatException {
		if (bytes.length == 0) {
			throw new ArchiveFormatException("empty file (0 bytes)", 1);
		}
		Decoded decoded = decodeBytes(bytes);
		String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
		String encoding = decoded.encoding();
		String c1Repaired = repairC1Controls(text);
		if (!c1Repaired.equals(text)) {
			text = c1Repaired;
			encoding += " (C1 control codes read as Windows-1252)";
		}
		text = replaceControlCharacters(text);
		if (mayHoldMojibake(text) && MOJIBAKE.matcher(text).find()) {
			String repaired = repairDoubleEncoding(text);
			if (repaired != null) {
				text = repaired;
				encoding += " (repaired: UTF-8 that had been read as Windows-1252)";
			}
		}
		check(text);
		return new Decoded(text, encoding, decoded.cut());
	}

	/**
	 * The same repairs and checks for a string that was decoded elsewhere: the values of
	 * JSON Lines records, whose escapes can hide control codes, U+FFFD or mojibake.
	 */
	static String clean(String value) throws ArchiveFormatException {
		int lone = loneSurrogate(value);
		if (lone >= 0) {
			throw new ArchiveFormatException(String.format(
					"holds an unpaired surrogate (\\u%04x at character %d): half of a character, not text",
					(int) value.charAt(lone), lone + 1), lineOf(value, lone));
		}
		String text = repairC1Controls(value);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(isControl(c) ? ' ' : c);
		}
		text = out.toString();
		if (mayHoldMojibake(text) && MOJIBAKE.matcher(text).find()) {
			String repaired = repairDoubleEncoding(text);
			if (repaired != null) {
				text = repaired;
			}
		}
		check(text);
		return text;
	}

	/**
	 * The index of the first half of a surrogate pair without its other half, or -1.
	 * Decoding bytes never leaves one; a JSON escape such as {@code "\ud83d"} can.
	 */
	private static int loneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** Refuses text that holds U+FFFD or mojibake, naming the line and the spot. */
	static void check(String text) throws ArchiveFormatException {
		int bad = text.indexOf('\uFFFD');
		if (bad >= 0) {
			throw new ArchiveFormatException("holds U+FFFD replacement characters (\u2026" + around(text, bad)
					+ "\u2026): the text was damaged by an earlier conversion", lineOf(text, bad));
		}
		Matcher left = MOJIBAKE.matcher(text);
		if (mayHoldMojibake(text) && left.find()) {
			throw new ArchiveFormatException("holds mojibake '" + left.group() + "' (\u2026"
					+ around(text, left.start())
					+ "\u2026): UTF-8 text that was read as Windows-1252 and saved again, not reversible as a whole",
					lineOf(text, left.start()));
		}
	}

	/** Whether a character that starts {@link #MOJIBAKE} occurs: a quick scan first. */
	private static boolean mayHoldMojibake(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '\u00C2' && c <= '\u00C5') || c == '\u00E2' || c == '\u00E3' || c == '\u00F0') {
				return true;
			}
		}
		return false;
	}

	private static Decoded decodeBytes(byte[] bytes) throws ArchiveFormatException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return utf8(bytes, 3, "UTF-8 with BOM");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE with BOM");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE with BOM");
		}
		int nul = indexOf(bytes, (byte) 0);
		if (nul >= 0) {
			Charset utf16 = utf16WithoutBom(bytes);
			if (utf16 != null) {
				try {
					return new Decoded(decoder(utf16).decode(ByteBuffer.wrap(bytes)).toString(),
							utf16.name() + " without BOM");
				}
				catch (CharacterCodingException notUtf16) {
					// binary after all
				}
			}
			throw new ArchiveFormatException("binary content, not text (NUL byte at offset " + nul + ")",
					lineAt(bytes, nul));
		}
		return utf8(bytes, 0, "UTF-8");
	}

	/**
	 * Strict UTF-8; an incomplete sequence at the very end is a file cut mid-character
	 * and is dropped; any other invalid byte means the file is single-byte text.
	 */
	private static Decoded utf8(byte[] bytes, int offset, String name) throws ArchiveFormatException {
		CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, false);
		if (result.isUnderflow()) {
			int left = in.remaining();
			if (left == 0) {
				return new Decoded(out.flip().toString(), name);
			}
			// leftover bytes are an incomplete sequence at the end of the file
			return new Decoded(out.flip().toString(), name + " (cut in the middle of a character)", true);
		}
		int invalid = in.position();
		if (offset > 0) {
			throw new ArchiveFormatException(
					String.format("starts with a UTF-8 byte-order mark but byte 0x%02X at offset %d is not UTF-8",
							bytes[invalid] & 0xFF, invalid),
					lineAt(bytes, invalid));
		}
		return windows1252(bytes, invalid);
	}

	private static Decoded windows1252(byte[] bytes, int firstNonUtf8) throws ArchiveFormatException {
		char[] chars = new char[bytes.length];
		int undefined = -1;
		for (int i = 0; i < bytes.length; i++) {
			chars[i] = WINDOWS_1252_CHARS[bytes[i] & 0xFF];
			if (undefined < 0 && UNDEFINED_IN_1252.indexOf(chars[i]) >= 0) {
				undefined = i;
			}
		}
		String text = new String(chars);
		Matcher utf8Inside = MOJIBAKE.matcher(text);
		if (utf8Inside.find()) {
			throw new ArchiveFormatException(String.format(
					"mixes encodings: byte 0x%02X on line %d is not UTF-8, but line %d holds UTF-8 ('%s' read as "
							+ "Windows-1252); save the file in one encoding",
					bytes[firstNonUtf8] & 0xFF, lineAt(bytes, firstNonUtf8), lineOf(text, utf8Inside.start()),
					utf8Inside.group()), lineAt(bytes, firstNonUtf8));
		}
		if (undefined >= 0) {
			throw new ArchiveFormatException(
					String
						.format("neither UTF-8 nor Windows-1252/ISO-8859-1 text: byte 0x%02X at offset %d is not UTF-8 "
								+ "and undefined in Windows-1252", bytes[undefined] & 0xFF, undefined),
					lineAt(bytes, undefined));
		}
		return new Decoded(text, "Windows-1252");
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String name) throws ArchiveFormatException {
		try {
			return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new ArchiveFormatException("starts with a " + name + " byte-order mark but is not valid " + name, 1);
		}
	}

	/** UTF-16 without a BOM shows as a NUL in (nearly) every other byte. */
	private static Charset utf16WithoutBom(byte[] bytes) {
		if (bytes.length < 4 || bytes.length % 2 != 0) {
			return null;
		}
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < bytes.length; i += 2) {
			evenNul += bytes[i] == 0 ? 1 : 0;
			oddNul += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = bytes.length / 2;
		if (oddNul * 10 >= pairs * 9 && evenNul == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenNul * 10 >= pairs * 9 && oddNul == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * C1 control codes (U+0080-U+009F) in decoded text are Windows-1252 punctuation that
	 * a converter read as ISO-8859-1 (U+0092 for ’): put the punctuation back.
	 */
	private static String repairC1Controls(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80 && c < 0xA0 && UNDEFINED_IN_1252.indexOf(c) < 0) {
				if (out == null) {
					out = new StringBuilder(text.substring(0, i));
				}
				out.append(new String(new byte[] { (byte) c }, WINDOWS_1252));
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * Text with many control characters is a binary file that happens to decode; a few
	 * stray ones become spaces (they are invalid in the workbook's XML).
	 */
	private static String replaceControlCharacters(String text) throws ArchiveFormatException {
		int controls = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				controls++;
				if (first < 0) {
					first = i;
				}
			}
		}
		if (controls == 0) {
			return text;
		}
		if (controls * 100 >= text.length()) {
			throw new ArchiveFormatException(
					"binary content, not text (" + controls + " control characters in " + text.length() + ")",
					lineOf(text, first));
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(isControl(c) ? ' ' : c);
		}
		return out.toString();
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0) || c == '\uFEFF';
	}

	/**
	 * Reverses one round of "UTF-8 read as Windows-1252", only when the whole text
	 * reverses cleanly and leaves no mojibake behind; otherwise {@code null}.
	 */
	private static String repairDoubleEncoding(String text) {
		try {
			ByteBuffer raw = WINDOWS_1252.newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.encode(CharBuffer.wrap(text));
			String repaired = decoder(StandardCharsets.UTF_8).decode(raw).toString();
			return MOJIBAKE.matcher(repaired).find() ? null : repaired;
		}
		catch (CharacterCodingException notRepairable) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static String around(String text, int index) {
		int from = Math.max(0, index - 12);
		int to = Math.min(text.length(), index + 12);
		return text.substring(from, to).replace('\n', ' ');
	}

	/** 1-based line of a byte offset, counting LF and lone CR as line ends. */
	static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}

	/** 1-based line of a character index in text with {@code \n} line ends. */
	static int lineOf(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
