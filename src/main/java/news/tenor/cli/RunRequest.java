package news.tenor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** A {@code run} as the user asked for it, checked before anything starts. */
record RunRequest(Path input, Path output, String parser, Integer maxSentenceTokens, boolean overwrite) {

	static RunRequest from(Arguments arguments) {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException(
					"unexpected argument '" + arguments.positional().get(0) + "' (see tenor run --help)");
		}
		String input = arguments.get("input");
		if (input == null) {
			throw new UsageException("run needs --input DIR (the archive to read)");
		}
		Path inputPath = Path.of(input).toAbsolutePath().normalize();
		if (!Files.exists(inputPath)) {
			throw new UsageException("input " + inputPath + " does not exist");
		}
		Integer maxTokens = null;
		if (arguments.has("max-sentence-tokens")) {
			try {
				maxTokens = Integer.valueOf(arguments.get("max-sentence-tokens"));
			}
			catch (NumberFormatException ex) {
				maxTokens = -1;
			}
			if (maxTokens < 1) {
				throw new UsageException("--max-sentence-tokens needs a whole number of at least 1");
			}
		}
		String parser = arguments.get("parser");
		if (parser != null && !parser.equalsIgnoreCase("sr") && !parser.equalsIgnoreCase("pcfg")) {
			throw new UsageException("--parser must be sr or pcfg, not '" + parser + "'");
		}
		Path output = Path.of(arguments.options().getOrDefault("output", "reports")).toAbsolutePath().normalize();
		return new RunRequest(inputPath, output, parser == null ? null : parser.toLowerCase(), maxTokens,
				arguments.has("overwrite"));
	}

}
