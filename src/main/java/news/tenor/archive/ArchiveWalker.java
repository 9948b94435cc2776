package news.tenor.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams the entries of an input folder in a stable order: files of nested folders
 * (sorted by name), {@code .gz} files and the members of {@code .zip} files read in
 * place, and the lines of {@code .jsonl} files. Only the current folder listing and the
 * current entry are held in memory, so memory does not grow with the size of the archive.
 * An entry the walker cannot read at all (a corrupt zip, an unreadable file) is reported
 * as {@link Unreadable} and the walk goes on.
 */
public final class ArchiveWalker implements Iterator<ArchiveEntry>, Closeable {

	/**
	 * Larger entries are not article files; reading them whole would only cost memory.
	 */
	public static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;

	/** An entry that could not be read, with the reason; the walk goes on after it. */
	public static final class Unreadable extends RuntimeException {

		private final String location;

		Unreadable(String location, String reason) {
			super(reason);
			this.location = location;
		}

		public String location() {
			return this.location;
		}

	}

	private final Path root;

	private final Deque<Iterator<Path>> folders = new ArrayDeque<>();

	private Iterator<ArchiveEntry> inner;

	private Closeable innerResource;

	private ArchiveEntry next;

	private RuntimeException pending;

	public ArchiveWalker(Path root) {
		this.root = root;
		if (Files.isDirectory(root)) {
			this.folders.push(list(root));
		}
		else {
			this.folders.push(List.of(root).iterator());
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
	 * @throws Unreadable for an entry that could not be read; call again for the entry
	 * after it
	 */
	@Override
	public ArchiveEntry next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		if (this.pending != null) {
			RuntimeException problem = this.pending;
			this.pending = null;
			throw problem;
		}
		ArchiveEntry entry = this.next;
		this.next = null;
		return entry;
	}

	private void advance() {
		while (true) {
			try {
				if (this.inner != null) {
					if (this.inner.hasNext()) {
						this.next = this.inner.next();
						return;
					}
					closeInner();
				}
				if (this.folders.isEmpty()) {
					return;
				}
				Iterator<Path> folder = this.folders.peek();
				if (!folder.hasNext()) {
					this.folders.pop();
					continue;
				}
				Path path = folder.next();
				if (Files.isDirectory(path)) {
					this.folders.push(list(path));
				}
				else {
					open(path);
				}
			}
			catch (Unreadable ex) {
				closeInner();
				this.pending = ex;
				return;
			}
		}
	}

	private void open(Path path) {
		String location = location(path);
		String name = path.getFileName().toString().toLowerCase();
		try {
			if (name.endsWith(".zip")) {
				ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(path)));
				this.innerResource = zip;
				this.inner = new ZipEntries(location, zip);
			}
			else if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
				InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(path)));
				this.innerResource = in;
				this.inner = new JsonLines(location, in);
			}
			else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
				InputStream in = new BufferedInputStream(Files.newInputStream(path));
				this.innerResource = in;
				this.inner = new JsonLines(location, in);
			}
			else if (name.endsWith(".gz")) {
				try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
					this.inner = List.of(new ArchiveEntry(location, readBounded(in, location), false)).iterator();
				}
			}
			else {
				if (Files.size(path) > MAX_ENTRY_BYTES) {
					throw new Unreadable(location,
							"larger than " + (MAX_ENTRY_BYTES >> 20) + " MB: not an article file");
				}
				this.inner = List.of(new ArchiveEntry(location, Files.readAllBytes(path), false)).iterator();
			}
		}
		catch (IOException ex) {
			throw new Unreadable(location, "cannot be read: " + ex.getMessage());
		}
	}

	private String location(Path path) {
		Path relative = this.root.equals(path) ? path.getFileName() : this.root.relativize(path);
		return relative.toString().replace('\\', '/');
	}

	private static Iterator<Path> list(Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList().iterator();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

	static byte[] readBounded(InputStream in, String location) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		while ((n = in.read(buffer)) > 0) {
			out.write(buffer, 0, n);
			if (out.size() > MAX_ENTRY_BYTES) {
				throw new Unreadable(location, "larger than " + (MAX_ENTRY_BYTES >> 20) + " MB: not an article file");
			}
		}
		return out.toByteArray();
	}

	private void closeInner() {
		this.inner = null;
		if (this.innerResource != null) {
			try {
				this.innerResource.close();
			}
			catch (IOException ignored) {
				// reading is over; nothing is lost
			}
			this.innerResource = null;
		}
	}

	@Override
	public void close() {
		closeInner();
		this.folders.clear();
	}

	/**
	 * The members of a zip file, read in place; folders and nested zips are not
	 * descended.
	 */
	private static final class ZipEntries implements Iterator<ArchiveEntry> {

		private final String location;

		private final ZipInputStream zip;

		private ZipEntry current;

		ZipEntries(String location, ZipInputStream zip) {
			this.location = location;
			this.zip = zip;
		}

		@Override
		public boolean hasNext() {
			try {
				if (this.current == null) {
					do {
						this.current = this.zip.getNextEntry();
					}
					while (this.current != null && (this.current.isDirectory() || this.current.getName()
						.substring(this.current.getName().lastIndexOf('/') + 1)
						.startsWith(".")));
				}
				return this.current != null;
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new Unreadable(this.location, "corrupt zip: " + ex.getMessage());
			}
		}

		@Override
		public ArchiveEntry next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			String name = this.location + "!/" + this.current.getName();
			this.current = null;
			try {
				InputStream member = this.zip;
				if (name.toLowerCase().endsWith(".gz")) {
					member = new GZIPInputStream(this.zip);
				}
				return new ArchiveEntry(name, readBounded(member, name), false);
			}
			catch (IOException ex) {
				throw new Unreadable(name, "corrupt zip member: " + ex.getMessage());
			}
		}

	}

	/** The lines of a JSON Lines export, one article each; blank lines are skipped. */
	private static final class JsonLines implements Iterator<ArchiveEntry> {

		private final String location;

		private final InputStream in;

		private int lineNumber;

		private byte[] line;

		JsonLines(String location, InputStream in) {
			this.location = location;
			this.in = in;
		}

		@Override
		public boolean hasNext() {
			try {
				while (this.line == null) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					int c;
					while ((c = this.in.read()) >= 0 && c != '\n') {
						out.write(c);
						if (out.size() > MAX_ENTRY_BYTES) {
							throw new Unreadable(this.location + ":" + (this.lineNumber + 1),
									"JSON line larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
						}
					}
					if (c < 0 && out.size() == 0) {
						return false;
					}
					this.lineNumber++;
					byte[] bytes = out.toByteArray();
					if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
						this.line = bytes;
					}
				}
				return true;
			}
			catch (IOException ex) {
				throw new Unreadable(this.location + ":" + (this.lineNumber + 1), "cannot be read: " + ex.getMessage());
			}
		}

		@Override
		public ArchiveEntry next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			ArchiveEntry entry = new ArchiveEntry(this.location + ":" + this.lineNumber, this.line, true);
			this.line = null;
			return entry;
		}

	}

}
