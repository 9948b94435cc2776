package news.tenor.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Streams the entries of an input folder or file in a stable order (README, "Archive
 * shapes"): files of nested folders sorted by name; {@code .zip}, {@code .tar},
 * {@code .tar.gz}/{@code .tgz} and {@code .gz} read in place and in any nesting (a zip in
 * a zip, a {@code .gz} in a tar); and the lines of {@code .jsonl}/{@code .ndjson} files,
 * one article each. Nothing is unpacked to disk and only the current entry is held in
 * memory, besides the sorted names of the folders being walked and the member names of
 * the open zips and tars. Hidden files (starting with a dot) and {@code __MACOSX} folders
 * are skipped. Only regular files (or links to them) are opened: a named pipe would block
 * the walk for ever. What cannot be read (a corrupt zip, a member whose name leaves the
 * archive, a device) is reported as {@link Unreadable} with the reason, and the walk goes
 * on.
 */
public final class ArchiveWalker implements Iterator<ArchiveEntry>, Closeable {

	/**
	 * Larger entries are not article files; reading them whole would only cost memory.
	 */
	static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;

	/**
	 * Zip files without the UTF-8 flag name their members in the DOS code page (zip
	 * specification, appendix D); UTF-8 names carry the flag and are read as UTF-8.
	 */
	private static final String ZIP_NAMES = "IBM437";

	/**
	 * Archive and compression formats Tenor does not read, by name: said so, rather than
	 * rejected as binary content.
	 */
	private static final String[][] UNREAD_FORMATS = { { ".bz2", "bzip2" }, { ".tbz", "bzip2" }, { ".tbz2", "bzip2" },
			{ ".xz", "xz" }, { ".txz", "xz" }, { ".lzma", "lzma" }, { ".lz", "lzip" }, { ".lz4", "lz4" },
			{ ".zst", "zstd" }, { ".tzst", "zstd" }, { ".7z", "7-Zip" }, { ".rar", "RAR" } };

	/**
	 * Why a member of a zip or tar is skipped, for an archive of which nothing is read.
	 */
	private enum Skip {

		FOLDER("folder", "folders"),

		HIDDEN("hidden (name starting with '.', __MACOSX, Thumbs.db)",
				"hidden (names starting with '.', __MACOSX, Thumbs.db)"),

		NAMELESS("without a name", "without a name"),

		LINK("link to a file read under its own name", "links to files read under their own name");

		private final String one;

		private final String many;

		Skip(String one, String many) {
			this.one = one;
			this.many = many;
		}

		String count(int n) {
			return n + " " + (n == 1 ? this.one : this.many);
		}

	}

	/** An entry that could not be read, with the reason; the walk goes on after it. */
	public static final class Unreadable extends RuntimeException {

		private final String location;

		private final int line;

		Unreadable(String location, String reason) {
			this(location, 0, reason);
		}

		Unreadable(String location, int line, String reason) {
			super(reason, null, false, false);
			this.location = location;
			this.line = line;
		}

		/** The file or member: {@code a/b.txt}, {@code a.zip!/b.txt}, {@code c.jsonl}. */
		public String location() {
			return this.location;
		}

		/** The line of the location it is about (a JSON line), or 0 when none applies. */
		public int line() {
			return this.line;
		}

	}

	private final Path root;

	/** Folders being walked, innermost first. */
	private final Deque<Folder> folders = new ArrayDeque<>();

	/** Open containers (zip, tar, JSON Lines), innermost first; all inside one file. */
	private final Deque<Container> containers = new ArrayDeque<>();

	private ArchiveEntry next;

	private Unreadable pending;

	public ArchiveWalker(Path root) {
		this.root = root;
		if (Files.isDirectory(root)) {
			this.folders.push(Folder.of(root, location(root)));
		}
		else {
			this.folders
				.push(new Folder(root.toAbsolutePath().getParent(), new String[] { root.getFileName().toString() }));
		}
	}

	@Override
	public boolean hasNext() {
		if (this.next == null && this.pending == null) {
			advance();
		}
		return this.next != null || this.pending != null;
	}

	/**
	 * The next entry.
	 * @throws Unreadable for something that could not be read; call again for the entry
	 * after it
	 */
	@Override
	public ArchiveEntry next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		if (this.pending != null) {
			Unreadable problem = this.pending;
			this.pending = null;
			throw problem;
		}
		ArchiveEntry entry = this.next;
		this.next = null;
		return entry;
	}

	private void advance() {
		while (this.next == null && this.pending == null) {
			if (!this.containers.isEmpty()) {
				nextMember(this.containers.peek());
			}
			else if (!this.folders.isEmpty()) {
				nextFile(this.folders.peek());
			}
			else {
				return;
			}
		}
	}

	private void nextMember(Container container) {
		Member member;
		try {
			member = container.next();
		}
		catch (Unreadable oneMember) {
			this.pending = oneMember;
			return;
		}
		catch (IOException | RuntimeException ex) {
			closeContainer();
			this.pending = new Unreadable(container.location(),
					container.members() == 0 ? container.kind() + " cannot be read: " + message(ex)
							: container.kind() + " cannot be read after its first " + (container.members() == 1
									? "entry (that was read): " : container.members() + " entries (those were read): ")
									+ message(ex));
			return;
		}
		if (member == null) {
			closeContainer();
			String why = container.nothingRead();
			if (why != null) {
				this.pending = new Unreadable(container.location(), why);
			}
			return;
		}
		if (member.jsonLine() != null) {
			this.next = new ArchiveEntry(member.location(), member.jsonLine(), true, member.line());
			return;
		}
		try {
			open(member.location(), member.name(), new BufferedInputStream(new Shielded(member.in()), 64 * 1024),
					member.line());
		}
		catch (IOException | RuntimeException ex) {
			this.pending = unreadable(member.location(), ex);
		}
	}

	private void nextFile(Folder folder) {
		if (!folder.hasNext()) {
			this.folders.pop();
			return;
		}
		Path path = folder.next();
		String location = location(path);
		BasicFileAttributes file;
		try {
			file = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (file.isSymbolicLink()) {
				BasicFileAttributes target = linkTarget(path, location);
				if (target == null) {
					return;
				}
				if (!target.isRegularFile()) {
					this.pending = new Unreadable(location,
							"not a regular file (a link to a " + specialKind(path, true) + ")");
					return;
				}
				file = target;
			}
		}
		catch (IOException | RuntimeException ex) {
			this.pending = unreadable(location, ex);
			return;
		}
		if (file.isDirectory()) {
			try {
				this.folders.push(Folder.of(path, location));
			}
			catch (Unreadable ex) {
				this.pending = ex;
			}
			return;
		}
		if (!file.isRegularFile()) {
			// never opened: opening a named pipe blocks until something writes to it
			this.pending = new Unreadable(location, "not a regular file (" + specialKind(path, false) + ")");
			return;
		}
		InputStream in = null;
		try {
			in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
			boolean container = open(location, path.getFileName().toString(), in, 1);
			if (!container) {
				in.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			close(in);
			this.pending = unreadable(location, ex);
		}
	}

	/**
	 * What a link leads to, or {@code null} (with {@link #pending} set) when it is not
	 * followed: it dangles, or it leads to a folder (links to folders can loop).
	 */
	private BasicFileAttributes linkTarget(Path link, String location) throws IOException {
		BasicFileAttributes target;
		try {
			target = Files.readAttributes(link, BasicFileAttributes.class);
		}
		catch (NoSuchFileException ex) {
			this.pending = new Unreadable(location, "a link to '"
					+ MemberName.printable(Files.readSymbolicLink(link).toString()) + "', which does not exist");
			return null;
		}
		catch (IOException ex) {
			// a loop of links, or a target that cannot be read
			this.pending = new Unreadable(location, "a link that cannot be followed: " + message(ex));
			return null;
		}
		if (target.isDirectory()) {
			this.pending = new Unreadable(location, "a link to a folder: not followed (links to folders can loop)");
			return null;
		}
		return target;
	}

	/**
	 * What kind of special file a path is (or leads to), from its Unix mode where the
	 * file system has one.
	 */
	private static String specialKind(Path path, boolean followLinks) {
		try {
			Object mode = followLinks ? Files.getAttribute(path, "unix:mode")
					: Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
			return switch (((Integer) mode) & 0170000) {
				case 0010000 -> "named pipe";
				case 0140000 -> "socket";
				case 0020000 -> "character device";
				case 0060000 -> "block device";
				default -> "special file";
			};
		}
		catch (IOException | RuntimeException ex) {
			// no "unix" attribute view (Windows): the kind does not matter, only that it
			// is
			// not read
			return "special file";
		}
	}

	/**
	 * Reads what a name says the stream holds: an entry is set as {@link #next}, a
	 * container is pushed (and owns the stream: returns true). The stream supports
	 * {@link InputStream#mark mark}, so that a {@code .tgz} that is not gzipped, or a
	 * {@code .tar} that is, is read for what it is.
	 */
	private boolean open(String location, String name, InputStream in, int line) throws IOException {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String[] format : UNREAD_FORMATS) {
			if (lower.endsWith(format[0])) {
				throw new Unreadable(location, "compressed as " + format[1] + " (" + format[0]
						+ "), which Tenor does not read: deliver it as .zip, .tar, .tar.gz or .gz");
			}
		}
		if (lower.endsWith(".zip")) {
			this.containers.push(new ZipMembers(location, new ZipArchiveInputStream(in, ZIP_NAMES, true, true)));
			return true;
		}
		if (lower.endsWith(".tar") || lower.endsWith(".tgz")) {
			InputStream tar = gzipped(in) ? gunzip(in) : in;
			this.containers.push(new TarMembers(location, new TarArchiveInputStream(tar)));
			return true;
		}
		if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
			this.containers.push(new JsonLines(location, in));
			return true;
		}
		if (lower.endsWith(".gz")) {
			String inner = name.substring(0, name.length() - 3);
			if (!gzipped(in)) {
				// named .gz but stored as is (tar -cf a.tar.gz): read it by the rest of
				// its name
				return open(location, inner, in, line);
			}
			InputStream gz = gunzip(in);
			boolean container = open(location, inner, gz, line);
			if (!container) {
				gz.close();
			}
			return container;
		}
		this.next = new ArchiveEntry(location, readBounded(in), false, line);
		return false;
	}

	/** Whether the stream starts with gzip's magic bytes; it is reset to where it was. */
	private static boolean gzipped(InputStream in) throws IOException {
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b;
	}

	private static InputStream gunzip(InputStream in) throws IOException {
		return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
	}

	private String location(Path path) {
		Path relative = this.root.equals(path) || !path.startsWith(this.root) ? path.getFileName()
				: this.root.relativize(path);
		return MemberName.printable(relative == null ? path.toString() : relative.toString().replace('\\', '/'));
	}

	static byte[] readBounded(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		while ((n = in.read(buffer)) >= 0) {
			out.write(buffer, 0, n);
			if (out.size() > MAX_ENTRY_BYTES) {
				throw new TooLarge();
			}
		}
		return out.toByteArray();
	}

	private static Unreadable unreadable(String location, Exception ex) {
		if (ex instanceof Unreadable unreadable) {
			return unreadable;
		}
		if (ex instanceof TooLarge) {
			return new Unreadable(location, "larger than " + (MAX_ENTRY_BYTES >> 20) + " MB: not an article file");
		}
		return new Unreadable(location, "cannot be read: " + message(ex));
	}

	private static String message(Exception ex) {
		if (ex instanceof Broken) {
			return ex.getMessage();
		}
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
	}

	private void closeContainer() {
		close(this.containers.pop());
	}

	private static void close(Closeable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (IOException ignored) {
				// reading is over; nothing is lost
			}
		}
	}

	@Override
	public void close() {
		while (!this.containers.isEmpty()) {
			closeContainer();
		}
		this.folders.clear();
	}

	/** Thrown inside reading when an entry passes {@link #MAX_ENTRY_BYTES}. */
	private static final class TooLarge extends IOException {

		TooLarge() {
			super(null, null);
		}

	}

	/** A container that cannot be read on, with a reason in plain words. */
	private static final class Broken extends IOException {

		Broken(String reason) {
			super(reason);
		}

	}

	/** A folder's file names, sorted, and the position in them. */
	private static final class Folder implements Iterator<Path> {

		private final Path path;

		private final String[] names;

		private int index;

		Folder(Path path, String[] names) {
			this.path = path;
			this.names = names;
		}

		static Folder of(Path path, String location) {
			List<String> names = new ArrayList<>();
			try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
				for (Path child : children) {
					String name = child.getFileName().toString();
					if (!skipped(name)) {
						names.add(name);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				throw new Unreadable(location.isEmpty() ? path.toString() : location,
						"folder cannot be listed: " + message(ex));
			}
			String[] sorted = names.toArray(new String[0]);
			Arrays.sort(sorted);
			return new Folder(path, sorted);
		}

		@Override
		public boolean hasNext() {
			return this.index < this.names.length;
		}

		@Override
		public Path next() {
			return this.path == null ? Path.of(this.names[this.index++]) : this.path.resolve(this.names[this.index++]);
		}

	}

	static boolean skipped(String name) {
		return name.startsWith(".") || name.equals("__MACOSX") || name.equalsIgnoreCase("Thumbs.db");
	}

	/**
	 * A member of a container: a stream, valid until the container moves on, or the bytes
	 * of a JSON line.
	 */
	private record Member(String location, String name, InputStream in, int line, byte[] jsonLine) {

		Member(String location, String name, InputStream in) {
			this(location, name, in, 1, null);
		}

	}

	/** Something holding entries inside one file: a zip, a tar, a JSON Lines file. */
	private interface Container extends Closeable {

		String location();

		String kind();

		/**
		 * The next member, or {@code null} at the end.
		 * @throws Unreadable for a member that is not read; the container goes on
		 */
		Member next() throws IOException;

		/** How many members {@link #next} returned or refused. */
		int members();

		/**
		 * Why nothing was read from the container, when nothing was: it is empty, or all
		 * its entries were skipped; otherwise {@code null}.
		 */
		String nothingRead();

	}

	/**
	 * What zips and tars share: member names are {@link MemberName normalised} before the
	 * hidden-file rule, a name that leaves the archive is refused, a name seen before is
	 * read again as another copy, and what was skipped is counted so that an archive of
	 * which nothing was read says why.
	 */
	private abstract static class Members implements Container {

		private final String location;

		private final String kind;

		/** Normalised names of the members read so far (for links and repeated names). */
		private final Set<String> read = new HashSet<>();

		/** Entries skipped, by why. */
		private final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);

		private int entries;

		private int members;

		Members(String location, String kind) {
			this.location = location;
			this.kind = kind;
		}

		@Override
		public String location() {
			return this.location;
		}

		@Override
		public String kind() {
			return this.kind;
		}

		@Override
		public int members() {
			return this.members;
		}

		/** Counts an entry of the container, read or not. */
		void entry() {
			this.entries++;
		}

		void skip(Skip why) {
			this.skipped.merge(why, 1, Integer::sum);
		}

		/**
		 * The name of a member to read, or {@code null} when it is skipped (hidden, no
		 * name).
		 * @throws Unreadable when the name leaves the archive
		 */
		MemberName name(String raw) {
			MemberName name = MemberName.of(raw);
			if (name.problem() != null) {
				throw refuse(name, name.problem());
			}
			if (name.name().isEmpty()) {
				skip(Skip.NAMELESS);
				return null;
			}
			for (String part : name.name().split("/")) {
				if (skipped(part)) {
					skip(Skip.HIDDEN);
					return null;
				}
			}
			return name;
		}

		boolean wasRead(String name) {
			return this.read.contains(name);
		}

		Member read(MemberName name, InputStream in) {
			this.members++;
			String where = this.location + "!/" + name.name();
			if (!this.read.add(name.name())) {
				// the same name again (tar -r appends a newer copy): read as another copy
				int copy = 2;
				while (!this.read.add(name.name() + " (copy " + copy + ")")) {
					copy++;
				}
				where += " (copy " + copy + ")";
			}
			return new Member(where, name.fileName(), in);
		}

		Unreadable refuse(MemberName name, String reason) {
			this.members++;
			return new Unreadable(this.location + "!/" + name.name(), reason);
		}

		@Override
		public String nothingRead() {
			if (this.members > 0) {
				return null;
			}
			if (this.entries == 0) {
				return this.kind + " is empty, or not a " + this.kind + " at all";
			}
			List<String> why = new ArrayList<>();
			this.skipped.forEach((reason, n) -> why.add(reason.count(n)));
			return this.kind + " holds no file to read: its "
					+ (this.entries == 1 ? "only entry is" : this.entries + " entries are") + " "
					+ String.join(", ", why);
		}

	}

	private static final class ZipMembers extends Members {

		private final ZipArchiveInputStream zip;

		/** The member refused last because its data cannot be read. */
		private String refused;

		ZipMembers(String location, ZipArchiveInputStream zip) {
			super(location, "zip");
			this.zip = zip;
		}

		@Override
		public Member next() throws IOException {
			ZipArchiveEntry entry;
			while ((entry = nextEntry()) != null) {
				entry();
				String raw = entry.getName();
				if (entry.isDirectory() || raw.endsWith("\\")) {
					skip(Skip.FOLDER);
					continue;
				}
				MemberName name = name(raw);
				if (name == null) {
					continue;
				}
				if (!this.zip.canReadEntryData(entry)) {
					this.refused = name.name();
					throw refuse(name,
							entry.getGeneralPurposeBit().usesEncryption()
									? "encrypted: Tenor reads no encrypted zip members"
									: "compressed with a method Tenor cannot read (" + method(entry) + ")");
				}
				return read(name, this.zip);
			}
			return null;
		}

		private ZipArchiveEntry nextEntry() throws IOException {
			try {
				return this.zip.getNextEntry();
			}
			catch (UnsupportedZipFeatureException ex) {
				// a streamed zip gives the size of a member after its data: one that
				// cannot
				// be read cannot be skipped either
				throw new Broken("the member '" + this.refused + "' cannot be skipped (its size comes after its data), "
						+ "so the members after it are not read");
			}
		}

		private static String method(ZipArchiveEntry entry) {
			ZipMethod method = ZipMethod.getMethodByCode(entry.getMethod());
			return method == null ? "method " + entry.getMethod() : method.name();
		}

		@Override
		public void close() throws IOException {
			this.zip.close();
		}

	}

	private static final class TarMembers extends Members {

		private final TarArchiveInputStream tar;

		TarMembers(String location, TarArchiveInputStream tar) {
			super(location, "tar");
			this.tar = tar;
		}

		@Override
		public Member next() throws IOException {
			TarArchiveEntry entry;
			while ((entry = this.tar.getNextEntry()) != null) {
				entry();
				if (entry.isDirectory()) {
					skip(Skip.FOLDER);
					continue;
				}
				MemberName name = name(entry.getName());
				if (name == null) {
					continue;
				}
				if (entry.isSymbolicLink() || entry.isLink()) {
					link(name, entry);
					continue;
				}
				if (entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice()) {
					throw refuse(name, "not a regular file (" + (entry.isFIFO() ? "named pipe"
							: entry.isCharacterDevice() ? "character device" : "block device") + ")");
				}
				// isFile() is true for every other kind but folders: regular and sparse
				// files, and kinds nobody writes any more (contiguous files)
				return read(name, this.tar);
			}
			return null;
		}

		/**
		 * Links are never followed. One to a member read before under its own name is
		 * skipped (its content was read: GNU tar stores the second name of a hard-linked
		 * file this way); any other is refused with where it points.
		 */
		private void link(MemberName name, TarArchiveEntry entry) {
			String to = entry.getLinkName();
			String kind = entry.isSymbolicLink() ? "a symbolic link" : "a hard link";
			// a symbolic link is relative to its folder, a hard link to the archive's
			// root
			String target = to.startsWith("/") || to.startsWith("\\") ? null
					: (entry.isSymbolicLink() ? name.folder() : "") + to;
			MemberName resolved = target == null ? null : MemberName.of(target);
			if (resolved == null || resolved.problem() != null) {
				throw refuse(name, kind + " to '" + MemberName.printable(to)
						+ "', outside the archive: not followed (nothing is ever unpacked)");
			}
			if (wasRead(resolved.name())) {
				skip(Skip.LINK);
				return;
			}
			throw refuse(name, kind + " to '" + MemberName.printable(to)
					+ "', not a file read before it in this tar: links in archives are not followed");
		}

		@Override
		public void close() throws IOException {
			this.tar.close();
		}

	}

	/** The lines of a JSON Lines export, one article each; blank lines are skipped. */
	private static final class JsonLines implements Container {

		private final String location;

		private final InputStream in;

		private int lineNumber;

		private int members;

		JsonLines(String location, InputStream in) {
			this.location = location;
			this.in = in;
		}

		@Override
		public String location() {
			return this.location;
		}

		@Override
		public String kind() {
			return "JSON Lines file";
		}

		@Override
		public int members() {
			return this.members;
		}

		@Override
		public String nothingRead() {
			return this.members > 0 ? null
					: this.lineNumber == 0 ? "empty file (0 bytes)" : "empty file (only blank lines)";
		}

		@Override
		public Member next() throws IOException {
			while (true) {
				ByteArrayOutputStream line = new ByteArrayOutputStream();
				int c;
				boolean tooLong = false;
				while ((c = this.in.read()) >= 0 && c != '\n') {
					if (line.size() <= MAX_ENTRY_BYTES) {
						line.write(c);
					}
					else {
						tooLong = true;
					}
				}
				if (c < 0 && line.size() == 0) {
					return null;
				}
				this.lineNumber++;
				if (tooLong) {
					this.members++;
					throw new Unreadable(this.location, this.lineNumber,
							"JSON line larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
				}
				byte[] bytes = line.toByteArray();
				if (!isBlank(bytes)) {
					this.members++;
					return new Member(this.location, null, null, this.lineNumber, bytes);
				}
			}
		}

		private static boolean isBlank(byte[] bytes) {
			for (byte b : bytes) {
				if (b != ' ' && b != '\t' && b != '\r') {
					return false;
				}
			}
			return true;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

	/** A member's stream must not close its container's stream. */
	private static final class Shielded extends FilterInputStream {

		Shielded(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// the container closes the underlying stream
		}

	}

}
