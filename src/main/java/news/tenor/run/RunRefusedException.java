package news.tenor.run;

/**
 * A run that Tenor will not start as asked; the message says why and what to do instead.
 */
public class RunRefusedException extends RuntimeException {

	public RunRefusedException(String message) {
		super(message);
	}

}
