package news.tenor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command, its options ({@code --name value} or
 * {@code --name=value}; flags take no value) and its positional arguments. Unknown
 * options are refused by name.
 */
public record Arguments(String command, Map<String, String> options, List<String> positional) {

	public static Arguments parse(String[] args, Set<String> valueOptions, Set<String> flags) {
		if (args.length == 0) {
			return new Arguments("help", Map.of(), List.of());
		}
		String command = args[0];
		Map<String, String> options = new LinkedHashMap<>();
		List<String> positional = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name)) {
				if (value != null) {
					throw new UsageException("--" + name + " takes no value");
				}
				options.put(name, "true");
			}
			else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args[++i];
				}
				options.put(name, value);
			}
			else {
				throw new UsageException(
						"unknown option --" + name + " for '" + command + "' (see tenor " + command + " --help)");
			}
		}
		return new Arguments(command, options, positional);
	}

	public boolean has(String option) {
		return this.options.containsKey(option);
	}

	public String get(String option) {
		return this.options.get(option);
	}

}
