package news.tenor.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.springframework.scheduling.support.CronExpression;

/**
 * Reads job files ({@code jobs/NAME.yaml}). The YAML is read as a node tree, which keeps
 * the line of every value, so that any mistake (an unknown or misspelt field, a wrong
 * type, a date that does not exist, a bad cron) is reported with the file, the line and
 * the field before anything runs. Relative paths in a job file are relative to the folder
 * Tenor runs in, like the command line's.
 */
public final class JobFiles {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final Map<String, Set<String>> FIELDS = Map.of("",
			Set.of("name", "description", "inputs", "window", "filters", "scorer", "parser", "max-sentence-tokens",
					"output", "schedule", "delivery"),
			"filters", Set.of("sources", "categories"), "output", Set.of("folder", "file-name"), "schedule",
			Set.of("cron", "zone"), "delivery", Set.of("recipients", "subject"), "window", Set.of("from", "to"));

	private JobFiles() {
	}

	/** The job files of a folder ({@code *.yaml}, {@code *.yml}), by file name. */
	public static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && isJobFile(f)).sorted().toList();
		}
	}

	static boolean isJobFile(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

	public static JobDefinition read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new JobFileException(file, 0, "no such job file");
		}
		Node root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(options).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			throw new JobFileException(file, line, "not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw new JobFileException(file, 0, "not valid YAML: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new JobFileException(file, 0, "cannot be read: " + ex.getMessage());
		}
		if (root == null) {
			throw new JobFileException(file, 1, "the job file is empty");
		}
		return new Reading(file).definition(root);
	}

	/** One job file being read: every error names it. */
	private record Reading(Path file) {

		JobDefinition definition(Node root) {
			Map<String, Node> fields = mapping(root, "", "the job file must be a mapping of fields (name: ..., ...)");
			String stem = this.file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
			String name = fields.containsKey("name") ? text(fields.get("name"), "name") : stem;
			if (!NAME.matcher(name).matches()) {
				throw error(fields.getOrDefault("name", root), "name",
						"'" + name + "' is not a job name: use letters, digits, '.', '_' and '-'");
			}
			if (!fields.containsKey("inputs")) {
				throw error(root, "inputs", "missing: the archive folder(s) or file(s) to read");
			}
			List<Path> inputs = new ArrayList<>();
			Node inputsNode = fields.get("inputs");
			for (Node input : items(inputsNode, "inputs")) {
				Path path = Path.of(text(input, "inputs"));
				if (!Files.exists(path)) {
					throw error(input, "inputs", path.toAbsolutePath().normalize() + " does not exist");
				}
				inputs.add(path);
			}
			if (inputs.isEmpty()) {
				throw error(inputsNode, "inputs", "needs at least one archive folder or file");
			}
			Window window = fields.containsKey("window") ? window(fields.get("window")) : null;

			List<String> sources = List.of();
			List<String> categories = List.of();
			if (fields.containsKey("filters")) {
				Map<String, Node> filters = mapping(fields.get("filters"), "filters",
						"must be a mapping with sources and/or categories");
				sources = texts(filters.get("sources"), "filters.sources");
				categories = texts(filters.get("categories"), "filters.categories");
			}

			String scorer = null;
			if (fields.containsKey("scorer")) {
				scorer = text(fields.get("scorer"), "scorer").toLowerCase();
				if (!scorer.equals("calibrated") && !scorer.equals("corenlp")) {
					throw error(fields.get("scorer"), "scorer", "must be calibrated or corenlp, not '" + scorer + "'");
				}
			}
			String parser = null;
			if (fields.containsKey("parser")) {
				parser = text(fields.get("parser"), "parser").toLowerCase();
				if (!parser.equals("sr") && !parser.equals("pcfg")) {
					throw error(fields.get("parser"), "parser", "must be sr or pcfg, not '" + parser + "'");
				}
			}
			Integer maxTokens = null;
			if (fields.containsKey("max-sentence-tokens")) {
				String value = text(fields.get("max-sentence-tokens"), "max-sentence-tokens");
				String range = "at least 1";
				try {
					maxTokens = Integer.valueOf(value);
				}
				catch (NumberFormatException ex) {
					maxTokens = 0;
					if (value.strip().matches("\\+?\\d+")) {
						// a whole number, only too large for one
						range = "at least 1 and at most " + Integer.MAX_VALUE;
					}
				}
				if (maxTokens < 1) {
					throw error(fields.get("max-sentence-tokens"), "max-sentence-tokens",
							"needs a whole number of " + range + ", not '" + value + "'");
				}
			}

			Path folder = Path.of("reports");
			String fileName = JobDefinition.DEFAULT_FILE_NAME;
			if (fields.containsKey("output")) {
				Map<String, Node> output = mapping(fields.get("output"), "output",
						"must be a mapping with folder and/or file-name");
				if (output.containsKey("folder")) {
					folder = Path.of(text(output.get("folder"), "output.folder"));
				}
				if (output.containsKey("file-name")) {
					fileName = text(output.get("file-name"), "output.file-name");
					if (fileName.contains("/") || fileName.contains("\\")) {
						throw error(output.get("file-name"), "output.file-name",
								"is a file name, not a path (put the folder in output.folder)");
					}
					String unknown = fileName.replaceAll("\\{(job|from|to|date|time)}", "");
					if (unknown.contains("{") || unknown.contains("}")) {
						throw error(output.get("file-name"), "output.file-name",
								"'" + fileName + "' uses a placeholder other than {job}, {from}, {to}, {date}, {time}");
					}
				}
			}

			String cron = null;
			ZoneId zone = null;
			if (fields.containsKey("schedule")) {
				Map<String, Node> schedule = mapping(fields.get("schedule"), "schedule",
						"must be a mapping with cron and optionally zone");
				if (!schedule.containsKey("cron")) {
					throw error(fields.get("schedule"), "schedule.cron",
							"missing: when to run, e.g. \"0 30 6 * * *\" (second minute hour day month weekday)");
				}
				cron = text(schedule.get("cron"), "schedule.cron");
				try {
					CronExpression.parse(cron);
				}
				catch (IllegalArgumentException ex) {
					throw error(schedule.get("cron"), "schedule.cron", "'" + cron + "' is not a cron expression ("
							+ ex.getMessage() + "); six fields: second minute hour day month weekday");
				}
				if (schedule.containsKey("zone")) {
					String id = text(schedule.get("zone"), "schedule.zone");
					try {
						zone = ZoneId.of(id);
					}
					catch (DateTimeException ex) {
						throw error(schedule.get("zone"), "schedule.zone",
								"'" + id + "' is not a time zone (e.g. Europe/London, Asia/Tokyo, UTC)");
					}
				}
			}

			List<String> recipients = List.of();
			String subject = null;
			if (fields.containsKey("delivery")) {
				Map<String, Node> delivery = mapping(fields.get("delivery"), "delivery",
						"must be a mapping with recipients and optionally subject");
				Node recipientsNode = delivery.get("recipients");
				if (recipientsNode == null) {
					throw error(fields.get("delivery"), "delivery.recipients", "missing: who receives the workbook");
				}
				List<String> addresses = new ArrayList<>();
				for (Node recipient : items(recipientsNode, "delivery.recipients")) {
					String address = text(recipient, "delivery.recipients");
					try {
						new InternetAddress(address, true);
					}
					catch (AddressException ex) {
						throw error(recipient, "delivery.recipients", "'" + address + "' is not an e-mail address");
					}
					addresses.add(address);
				}
				recipients = List.copyOf(addresses);
				if (delivery.containsKey("subject")) {
					subject = text(delivery.get("subject"), "delivery.subject");
				}
			}
			return new JobDefinition(name, this.file, List.copyOf(inputs), window, sources, categories, scorer, parser,
					maxTokens, folder, fileName, cron, zone, recipients, subject);
		}

		Window window(Node node) {
			if (node instanceof ScalarNode scalar) {
				Window named = Window.named(scalar.getValue().strip());
				if (named == null) {
					throw error(node, "window", "'" + scalar.getValue()
							+ "' is not a window: use previous-day, previous-week, last-N-days, or from: and to: dates");
				}
				return named;
			}
			Map<String, Node> dates = mapping(node, "window",
					"must be previous-day, previous-week, last-N-days, or a mapping with from: and to: dates");
			if (!dates.containsKey("from") || !dates.containsKey("to")) {
				throw error(node, "window", "needs both from: and to: dates (YYYY-MM-DD)");
			}
			LocalDate from = date(dates.get("from"), "window.from");
			LocalDate to = date(dates.get("to"), "window.to");
			if (from.isAfter(to)) {
				throw error(dates.get("to"), "window.to",
						"the window ends (" + to + ") before it starts (" + from + ")");
			}
			return new Window.Between(from, to);
		}

		LocalDate date(Node node, String field) {
			String value = text(node, field);
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw error(node, field, "'" + value + "' is not a date (YYYY-MM-DD, a day that exists)");
			}
		}

		Map<String, Node> mapping(Node node, String field, String expected) {
			if (!(node instanceof MappingNode mapping)) {
				throw error(node, field.isEmpty() ? "(top level)" : field, expected);
			}
			Set<String> known = FIELDS.get(field);
			Map<String, Node> fields = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
				String path = field.isEmpty() ? key : field + "." + key;
				if (!known.contains(key)) {
					throw error(tuple.getKeyNode(), path,
							"unknown field (expected " + (field.isEmpty() ? "" : "under " + field + ": ")
									+ String.join(", ", known.stream().sorted().toList()) + ")");
				}
				fields.put(key, tuple.getValueNode());
			}
			return fields;
		}

		String text(Node node, String field) {
			if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
				throw error(node, field, "needs a single value");
			}
			return scalar.getValue().strip();
		}

		/** A list, or a single value taken as a list of one. */
		List<Node> items(Node node, String field) {
			if (node instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			if (node instanceof ScalarNode) {
				return List.of(node);
			}
			throw error(node, field, "needs a value or a list of values");
		}

		List<String> texts(Node node, String field) {
			if (node == null) {
				return List.of();
			}
			return items(node, field).stream().map(n -> text(n, field)).toList();
		}

		JobFileException error(Node node, String field, String message) {
			int line = node == null ? 0 : node.getStartMark().getLine() + 1;
			return new JobFileException(this.file, line, field + ": " + message);
		}

	}

}
