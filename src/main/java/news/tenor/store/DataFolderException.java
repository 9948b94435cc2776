package news.tenor.store;

/**
 * A data folder Tenor will not use as it is: its database is gone, damaged or another
 * folder's, or the folder cannot be written. The message says which and what to do.
 */
public class DataFolderException extends RuntimeException {

	public DataFolderException(String message) {
		super(message);
	}

	public DataFolderException(String message, Throwable cause) {
		super(message, cause);
	}

}
