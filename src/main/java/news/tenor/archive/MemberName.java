package news.tenor.archive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * The name of a zip or tar member as the walker uses it (README, "Archive shapes"):
 * {@code ./2026/a.txt}, {@code 2026//a.txt}, {@code 2026/./a.txt}, {@code /2026/a.txt}
 * and {@code 2026\a.txt} (Windows tools) are all {@code 2026/a.txt}, so that the hidden
 * file rule looks at real names and a tar made with {@code tar -C archive -czf a.tgz .}
 * reads like any other. A name that leaves the archive ({@code ..} above its root, a
 * drive letter, a network path) is refused with the reason: nothing is ever unpacked to
 * disk, but such a member is not what the archive says it is, and the user is told.
 *
 * @param name the normalised name, segments joined by {@code /}; empty for a name without
 * segments ({@code ./})
 * @param problem why the member is not read, or {@code null}
 */
record MemberName(String name, String problem) {

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	static MemberName of(String raw) {
		String shown = printable(raw);
		String s = raw.replace('\\', '/');
		if (DRIVE.matcher(s).matches()) {
			return new MemberName(shown, "member name '" + shown + "' names a Windows drive (" + s.substring(0, 2)
					+ "), outside the archive: not read");
		}
		if (s.startsWith("//") && s.length() > 2 && s.charAt(2) != '/') {
			return new MemberName(shown,
					"member name '" + shown + "' names a network share, outside the archive: not read");
		}
		Deque<String> parts = new ArrayDeque<>();
		for (String part : s.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (parts.isEmpty()) {
					return new MemberName(shown, "member name '" + shown
							+ "' climbs out of the archive ('..'): not read (nothing is ever unpacked)");
				}
				parts.removeLast();
				continue;
			}
			parts.addLast(printable(part));
		}
		return new MemberName(String.join("/", parts), null);
	}

	/**
	 * The name with control characters (a newline in a file name, say) shown as
	 * {@code ?}: locations end up in workbook cells, where they are invalid XML.
	 */
	static String printable(String name) {
		StringBuilder out = null;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean control = c < 0x20 || (c >= 0x7F && c < 0xA0)
					|| Character.isSurrogate(c)
							&& !(Character.isHighSurrogate(c) && i + 1 < name.length()
									&& Character.isLowSurrogate(name.charAt(i + 1)))
							&& !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(name.charAt(i - 1)));
			if (control && out == null) {
				out = new StringBuilder(name.substring(0, i));
			}
			if (out != null) {
				out.append(control ? '?' : c);
			}
		}
		return out == null ? name : out.toString();
	}

	/** The folder part of the name, with its trailing slash; empty at the root. */
	String folder() {
		int slash = this.name.lastIndexOf('/');
		return slash < 0 ? "" : this.name.substring(0, slash + 1);
	}

	/** The last segment. */
	String fileName() {
		return this.name.substring(this.name.lastIndexOf('/') + 1);
	}

}
