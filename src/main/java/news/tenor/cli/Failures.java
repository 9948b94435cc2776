package news.tenor.cli;

import java.util.HashSet;
import java.util.Set;

import news.tenor.store.DataFolderException;

/**
 * Turns an exception chain into the one line a user needs: the deepest message, since
 * Spring's wrappers ("Error creating bean ...") say where it failed, the root cause says
 * why.
 */
final class Failures {

	private Failures() {
	}

	static String oneLine(Throwable failure) {
		String message = failure.getClass().getSimpleName();
		Set<Throwable> seen = new HashSet<>();
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof DataFolderException) {
				// says what happened to the data folder, and what to do: its causes say
				// less
				return t.getMessage();
			}
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
			if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
				return "no space left on the disk (" + t.getMessage().lines().findFirst().orElse("").strip()
						+ "): free some, and restart the run with tenor restart ID";
			}
		}
		String line = message.lines().findFirst().orElse(message).strip();
		// long enough for a reason with its advice and the restart hint after it
		return line.length() > 400 ? line.substring(0, 400) + "..." : line;
	}

}
