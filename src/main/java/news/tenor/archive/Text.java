package news.tenor.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Text normalisation shared by article identity, quote detection and the comparison of
 * re-delivered copies, so that the same words typed with other spacing or other quote
 * marks compare equal.
 */
public final class Text {

	private Text() {
	}

	/**
	 * NFC, unified quote marks and ellipsis, whitespace runs (including no-break and
	 * ideographic spaces) collapsed to one space, trimmed.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isSpace(c)) {
				space = !out.isEmpty();
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			switch (c) {
				case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> out.append('\'');
				case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
				case '\u2026' -> out.append("...");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
	}

	/** Lower-case hex SHA-256 of the UTF-8 bytes. */
	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Lower-case hex SHA-256 of the parts, one after the other. */
	public static String sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
