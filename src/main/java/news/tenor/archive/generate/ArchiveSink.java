package news.tenor.archive.generate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes generated entries in the archive's shape. First deliveries go under the date
 * ({@code 2025/03/14/0007_9c1e….txt}, or one {@code 2025-03.zip} / {@code .tar.gz} /
 * {@code .jsonl} per month); later deliveries under {@code redelivery/} and cut copies
 * under {@code resent/}, which sort after the first deliveries, so that they are read
 * after them as they would have arrived. Containers are written one month at a time.
 */
final class ArchiveSink implements Closeable {

	/** The archive's shapes; MIXED takes the others in turn, month by month. */
	enum Shape {

		FOLDERS, GZ, ZIP, TAR_GZ, JSONL, MIXED;

		static Shape of(String name) {
			return valueOf(name.toUpperCase().replace('.', '_').replace('-', '_'));
		}

	}

	enum Delivery {

		FIRST(""), LATER("redelivery/"), RESENT("resent/");

		final String folder;

		Delivery(String folder) {
			this.folder = folder;
		}

	}

	private final Path output;

	private final Shape shape;

	/** The containers of the current month, by path. */
	private final Map<Path, Container> open = new LinkedHashMap<>();

	private YearMonth month;

	private long entries;

	private long bytes;

	ArchiveSink(Path output, Shape shape) {
		this.output = output;
		this.shape = shape;
	}

	/** The shape of the entries of a date (MIXED changes it every month). */
	Shape shapeOf(LocalDate date) {
		if (this.shape != Shape.MIXED) {
			return this.shape;
		}
		int month = date.getYear() * 12 + date.getMonthValue();
		return Shape.values()[month % (Shape.values().length - 1)];
	}

	/**
	 * An archive file (an article or not) of a delivery; a JSON Lines month takes none.
	 */
	void file(Delivery delivery, LocalDate date, String name, byte[] content) throws IOException {
		Shape shape = shapeOf(date);
		String day = String.format("%d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		String monthName = YearMonth.from(date).toString();
		switch (shape) {
			case FOLDERS, GZ -> {
				String folder = delivery == Delivery.FIRST ? day : delivery.folder + monthName + "/";
				Path path = this.output.resolve(folder + name + (shape == Shape.GZ ? ".gz" : ""));
				Files.createDirectories(path.getParent());
				try (OutputStream out = shape == Shape.GZ
						? new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(path)))
						: new BufferedOutputStream(Files.newOutputStream(path))) {
					out.write(content);
				}
			}
			case ZIP, TAR_GZ -> {
				String suffix = shape == Shape.ZIP ? ".zip" : ".tar.gz";
				container(date, this.output.resolve(delivery.folder + monthName + suffix)).add(day + name, content,
						date);
			}
			default -> throw new IllegalStateException(shape + " months hold JSON lines, not files");
		}
		this.entries++;
		this.bytes += content.length;
	}

	/** A line of a JSON Lines month. */
	void jsonLine(Delivery delivery, LocalDate date, String line) throws IOException {
		byte[] content = (line + "\n").getBytes(StandardCharsets.UTF_8);
		String monthName = YearMonth.from(date).toString();
		container(date, this.output.resolve(delivery.folder + monthName + ".jsonl")).add(null, content, date);
		this.entries++;
		this.bytes += content.length;
	}

	long entries() {
		return this.entries;
	}

	long bytes() {
		return this.bytes;
	}

	private Container container(LocalDate date, Path path) throws IOException {
		YearMonth month = YearMonth.from(date);
		if (!month.equals(this.month)) {
			closeAll();
			this.month = month;
		}
		Container container = this.open.get(path);
		if (container == null) {
			Files.createDirectories(path.getParent());
			OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 256 * 1024);
			String name = path.getFileName().toString();
			container = name.endsWith(".zip") ? new ZipContainer(out)
					: name.endsWith(".tar.gz") ? new TarContainer(out) : new LinesContainer(out);
			this.open.put(path, container);
		}
		return container;
	}

	private void closeAll() throws IOException {
		for (Container container : this.open.values()) {
			container.close();
		}
		this.open.clear();
	}

	@Override
	public void close() {
		try {
			closeAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Container extends Closeable {

		/**
		 * Adds a member, dated at noon UTC of its day (so the archive is reproducible).
		 */
		void add(String name, byte[] content, LocalDate date) throws IOException;

		static long time(LocalDate date) {
			return date.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
		}

	}

	private static final class ZipContainer implements Container {

		private final ZipOutputStream zip;

		ZipContainer(OutputStream out) {
			this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			this.zip.setLevel(Deflater.BEST_SPEED);
		}

		@Override
		public void add(String name, byte[] content, LocalDate date) throws IOException {
			ZipEntry entry = new ZipEntry(name);
			entry.setTime(Container.time(date));
			this.zip.putNextEntry(entry);
			this.zip.write(content);
			this.zip.closeEntry();
		}

		@Override
		public void close() throws IOException {
			this.zip.close();
		}

	}

	private static final class TarContainer implements Container {

		private final TarArchiveOutputStream tar;

		TarContainer(OutputStream out) throws IOException {
			this.tar = new TarArchiveOutputStream(new GZIPOutputStream(out, 64 * 1024));
			this.tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
		}

		@Override
		public void add(String name, byte[] content, LocalDate date) throws IOException {
			TarArchiveEntry entry = new TarArchiveEntry(name);
			entry.setSize(content.length);
			entry.setModTime(Container.time(date));
			this.tar.putArchiveEntry(entry);
			this.tar.write(content);
			this.tar.closeArchiveEntry();
		}

		@Override
		public void close() throws IOException {
			this.tar.close();
		}

	}

	private record LinesContainer(OutputStream out) implements Container {

		@Override
		public void add(String name, byte[] content, LocalDate date) throws IOException {
			this.out.write(content);
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
