package news.tenor.cli;

/** A command line Tenor cannot act on; the message says what to change. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
