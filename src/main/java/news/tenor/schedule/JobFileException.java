package news.tenor.schedule;

import java.nio.file.Path;

/**
 * A job file Tenor cannot use; the message names the file, the line and the field, and
 * says what is expected there.
 */
public class JobFileException extends RuntimeException {

	private final Path file;

	private final int line;

	public JobFileException(Path file, int line, String message) {
		super(file + (line > 0 ? " line " + line : "") + ": " + message);
		this.file = file;
		this.line = line;
	}

	public Path file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

}
