package news.tenor.archive;

/**
 * An archive entry that is not an article, with the 1-based line where reading stopped.
 */
class ArchiveFormatException extends Exception {

	private final int line;

	ArchiveFormatException(String reason, int line) {
		super(reason);
		this.line = line;
	}

	int line() {
		return this.line;
	}

}
