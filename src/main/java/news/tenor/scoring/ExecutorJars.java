package news.tenor.scoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars Spark ships to executors on a cluster (through {@code spark.jars}): Tenor's
 * own jar, CoreNLP with its runtime dependencies, and {@code tenor-models.jar}, the five
 * CoreNLP models Tenor loads (109 MB with the named-entity model, against 920 MB for
 * CoreNLP's two model jars). {@code mvn package} lays them out in
 * {@code target/executor/} next to {@code target/tenor.jar}; Spark itself is the
 * cluster's.
 */
final class ExecutorJars {

	private ExecutorJars() {
	}

	/**
	 * Locates the jars for executors.
	 * @param executorDir the folder of executor jars, or {@code null} for the one next to
	 * Tenor's jar
	 */
	static List<String> locate(String executorDir) {
		Path tenor = tenorJar();
		Path folder = executorDir != null && !executorDir.isBlank() ? Path.of(executorDir)
				: tenor.getParent().resolve("executor");
		if (!Files.isRegularFile(folder.resolve("tenor-models.jar"))) {
			throw new IllegalStateException("no executor jars in " + folder.toAbsolutePath()
					+ ": build them with `mvn package`, or point tenor.spark.executor-dir at them");
		}
		List<String> jars = new ArrayList<>();
		jars.add(tenor.toAbsolutePath().toString());
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.getFileName().toString().endsWith(".jar"))
				.sorted()
				.forEach(f -> jars.add(f.toAbsolutePath().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return jars;
	}

	/**
	 * Tenor's jar; when running from a classes folder (tests, IDE) a jar of it is made
	 * first.
	 */
	static Path tenorJar() {
		Path location;
		try {
			location = Path.of(ExecutorJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		if (Files.isRegularFile(location)) {
			return location;
		}
		Path jar = location.getParent().resolve("tenor-classes.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(location)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				out.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
				try (OutputStream entry = new NonClosing(out)) {
					Files.copy(file, entry);
				}
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot package " + location + " for executors", ex);
		}
		return jar;
	}

	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() {
			// the jar stays open for the next entry
		}

	}

}
