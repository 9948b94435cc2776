package news.tenor.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Streams the entries of an input folder or file in a stable order (README, "Archive
 * shapes"): files of nested folders sorted by name; {@code .zip}, {@code .tar},
 * {@code .tar.gz}/{@code .tgz} and {@code .gz} read in place and in any nesting (a zip in
 * a zip, a {@code .gz} in a tar); and the lines of {@code .jsonl}/{@code .ndjson} files,
 * one article each. Nothing is unpacked to disk and only the current entry is held in
 * memory, besides the sorted names of the folders being walked. Hidden files (starting
 * with a dot) and {@code __MACOSX} folders are skipped. What cannot be read at all (a
 * corrupt zip, an unreadable folder) is reported as {@link Unreadable} and the walk goes
 * on.
 */
public final class ArchiveWalker implements Iterator<ArchiveEntry>, Closeable {

	/**
	 * Larger entries are not article files; reading them whole would only cost memory.
	 */
	public static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;

	/**
	 * Zip files without the UTF-8 flag name their members in the DOS code page (zip
	 * specification, appendix D); UTF-8 names carry the flag and are read as UTF-8.
	 */
	private static final Charset ZIP_NAMES = Charset.forName("IBM437");

	/** An entry that could not be read, with the reason; the walk goes on after it. */
	public static final class Unreadable extends RuntimeException {

		private final String location;

		Unreadable(String location, String reason) {
			super(reason, null, false, false);
			this.location = location;
		}

		public String location() {
			return this.location;
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
							: container.kind() + " cannot be read after its first " + container.members()
									+ " entries (those were read): " + message(ex));
			return;
		}
		if (member == null) {
			closeContainer();
			if (container.members() == 0) {
				this.pending = new Unreadable(container.location(),
						container.kind() + " is empty, or not a " + container.kind() + " at all");
			}
			return;
		}
		if (member.jsonLine() != null) {
			this.next = new ArchiveEntry(member.location(), member.jsonLine(), true, member.line());
			return;
		}
		try {
			open(member.location(), member.name(), new Shielded(member.in()), member.line());
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
		if (Files.isDirectory(path)) {
			if (Files.isSymbolicLink(path)) {
				return; // a link to a folder can loop; archives do not need them
			}
			try {
				this.folders.push(Folder.of(path, location));
			}
			catch (Unreadable ex) {
				this.pending = ex;
			}
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
	 * Reads what a name says the stream holds: an entry is set as {@link #next}, a
	 * container is pushed (and owns the stream: returns true).
	 */
	private boolean open(String location, String name, InputStream in, int line) throws IOException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".zip")) {
			this.containers.push(new ZipMembers(location, new ZipInputStream(in, ZIP_NAMES)));
			return true;
		}
		if (lower.endsWith(".tar")) {
			this.containers.push(new TarMembers(location, new TarArchiveInputStream(in)));
			return true;
		}
		if (lower.endsWith(".tgz")) {
			this.containers.push(new TarMembers(location, new TarArchiveInputStream(gunzip(in))));
			return true;
		}
		if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
			this.containers.push(new JsonLines(location, new BufferedInputStream(in, 64 * 1024)));
			return true;
		}
		if (lower.endsWith(".gz")) {
			InputStream gz = gunzip(in);
			boolean container = open(location, name.substring(0, name.length() - 3), gz, line);
			if (!container) {
				gz.close();
			}
			return container;
		}
		this.next = new ArchiveEntry(location, readBounded(in), false, line);
		return false;
	}

	private static InputStream gunzip(InputStream in) throws IOException {
		return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
	}

	private String location(Path path) {
		Path relative = this.root.equals(path) || !path.startsWith(this.root) ? path.getFileName()
				: this.root.relativize(path);
		return relative == null ? path.toString() : relative.toString().replace('\\', '/');
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

		/** The next member, or {@code null} at the end. */
		Member next() throws IOException;

		/** How many members {@link #next} returned. */
		int members();

	}

	private static final class ZipMembers implements Container {

		private final String location;

		private final ZipInputStream zip;

		private int members;

		ZipMembers(String location, ZipInputStream zip) {
			this.location = location;
			this.zip = zip;
		}

		@Override
		public String location() {
			return this.location;
		}

		@Override
		public String kind() {
			return "zip";
		}

		@Override
		public int members() {
			return this.members;
		}

		@Override
		public Member next() throws IOException {
			ZipEntry entry;
			do {
				entry = this.zip.getNextEntry();
			}
			while (entry != null && (entry.isDirectory() || hidden(entry.getName())));
			if (entry == null) {
				return null;
			}
			this.members++;
			return new Member(this.location + "!/" + entry.getName(), entry.getName(), this.zip);
		}

		@Override
		public void close() throws IOException {
			this.zip.close();
		}

	}

	private static final class TarMembers implements Container {

		private final String location;

		private final TarArchiveInputStream tar;

		private int members;

		TarMembers(String location, TarArchiveInputStream tar) {
			this.location = location;
			this.tar = tar;
		}

		@Override
		public String location() {
			return this.location;
		}

		@Override
		public String kind() {
			return "tar";
		}

		@Override
		public int members() {
			return this.members;
		}

		@Override
		public Member next() throws IOException {
			TarArchiveEntry entry;
			do {
				entry = this.tar.getNextEntry();
			}
			while (entry != null && (!entry.isFile() || hidden(entry.getName())));
			if (entry == null) {
				return null;
			}
			this.members++;
			return new Member(this.location + "!/" + entry.getName(), entry.getName(), this.tar);
		}

		@Override
		public void close() throws IOException {
			this.tar.close();
		}

	}

	private static boolean hidden(String memberName) {
		for (String part : memberName.split("/")) {
			if (skipped(part)) {
				return true;
			}
		}
		return false;
	}

	/** The lines of a JSON Lines export, one article each; blank lines are skipped. */
	private static final class JsonLines implements Container {

		private final String location;

		private final InputStream in;

		private int lineNumber;

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
			return this.lineNumber;
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
				String where = this.location + ":" + this.lineNumber;
				if (tooLong) {
					throw new Unreadable(where, "JSON line larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
				}
				byte[] bytes = line.toByteArray();
				if (!isBlank(bytes)) {
					return new Member(where, null, null, this.lineNumber, bytes);
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
