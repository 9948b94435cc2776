package news.tenor.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an archive entry into text with {@code \n} line ends. UTF-8 (with or
 * without BOM) and UTF-16 with BOM are read as such; other bytes are read as
 * Windows-1252, the superset of ISO-8859-1 that legacy newsroom systems wrote. UTF-8 that
 * was decoded as Windows-1252 and saved again ("Ã©" for "é") is repaired. Anything that
 * would still leave mojibake or replacement characters is refused with a reason instead
 * of being stored.
 */
public final class ArchiveDecoder {

	/**
	 * Bytes undefined in Windows-1252: a file holding them is not a Windows-1252 text.
	 */
	private static final String UNDEFINED_IN_1252 = "\u0081\u008D\u008F\u0090\u009D";

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** A UTF-8 continuation byte as it looks when decoded as Windows-1252. */
	private static final String CONTINUATION = "[\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030"
			+ "\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
			+ "\u017E\u0178]";

	/**
	 * A whole UTF-8 sequence (2, 3 or 4 bytes) as it looks when decoded as Windows-1252.
	 */
	private static final Pattern MOJIBAKE = Pattern.compile("[\u00C2-\u00DF]" + CONTINUATION + "|[\u00E0-\u00EF]"
			+ CONTINUATION + "{2}|[\u00F0-\u00F4]" + CONTINUATION + "{3}");

	private ArchiveDecoder() {
	}

	public record Decoded(String text, String encoding) {
	}

	public static Decoded decode(byte[] bytes) throws ArchiveFormatException {
		if (bytes.length == 0) {
			throw new ArchiveFormatException("empty file", 1);
		}
		Decoded decoded = decodeBytes(bytes);
		String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
		checkControlCharacters(text);
		String repaired = repairMojibake(text);
		int bad = repaired.indexOf('\uFFFD');
		if (bad >= 0) {
			throw new ArchiveFormatException(
					"text holds U+FFFD replacement characters (damaged by an earlier conversion)",
					lineOf(repaired, bad));
		}
		Matcher left = MOJIBAKE.matcher(repaired);
		if (left.find()) {
			throw new ArchiveFormatException(
					"mojibake (UTF-8 read as Windows-1252) that cannot be repaired: '" + left.group() + "'",
					lineOf(repaired, left.start()));
		}
		return new Decoded(repaired, repaired.equals(text) ? decoded.encoding() : decoded.encoding() + " (repaired)");
	}

	private static Decoded decodeBytes(byte[] bytes) throws ArchiveFormatException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 with BOM");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new ArchiveFormatException("binary content (NUL byte at offset " + i + ")", lineAt(bytes, i));
			}
		}
		try {
			return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
		}
		catch (CharacterCodingException notUtf8) {
			String text = new String(bytes, WINDOWS_1252);
			for (int i = 0; i < bytes.length; i++) {
				if (UNDEFINED_IN_1252.indexOf((char) (bytes[i] & 0xFF)) >= 0) {
					throw new ArchiveFormatException(
							String.format("neither UTF-8 nor Windows-1252/ISO-8859-1 text (byte 0x%02X at offset %d)",
									bytes[i] & 0xFF, i),
							lineAt(bytes, i));
				}
			}
			return new Decoded(text, "Windows-1252");
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String name) throws ArchiveFormatException {
		try {
			return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new ArchiveFormatException("starts with a " + name + " byte-order mark but is not valid " + name, 1);
		}
	}

	private static CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Text with many control characters is a binary file that happens to decode. */
	private static void checkControlCharacters(String text) throws ArchiveFormatException {
		int controls = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0)) {
				controls++;
				if (first < 0) {
					first = i;
				}
			}
		}
		if (controls > 0 && controls * 100 >= text.length()) {
			throw new ArchiveFormatException("binary content (" + controls + " control characters)",
					lineOf(text, first));
		}
	}

	/**
	 * UTF-8 that was once decoded as Windows-1252 and saved again is repaired by
	 * reversing that step, but only where the reversal is clean and leaves no mojibake
	 * behind.
	 */
	private static String repairMojibake(String text) {
		if (!MOJIBAKE.matcher(text).find()) {
			return text;
		}
		CharBuffer chars = CharBuffer.wrap(text);
		try {
			ByteBuffer raw = WINDOWS_1252.newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.encode(chars);
			String repaired = decoder(StandardCharsets.UTF_8).decode(raw).toString();
			return MOJIBAKE.matcher(repaired).find() ? text : repaired;
		}
		catch (CharacterCodingException notRepairable) {
			return text;
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

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

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
