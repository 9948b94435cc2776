package news.tenor.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * What a run is: what it reads, which articles it covers, how it scores, where its
 * workbook goes and who receives it. The one place that knows how a run is written as
 * Spring Batch job parameters ({@link #toJobParameters()}) and read back
 * ({@link #from(JobParameters)}): the command line, job files, {@code rerun},
 * {@code list}, the steps, the report and delivery all go through it.
 *
 * <p>
 * Identifying parameters decide the job instance: a job file's run is identified by its
 * job name, inputs, window, filters and scoring settings, so the same job over the same
 * window is one instance (Spring Batch refuses to run it twice, restarts it if it
 * failed). A plain {@code run --input} and a {@code rerun} also carry the time they were
 * requested, which makes each a new instance. The parameters are written exactly as the
 * releases before this class wrote them (names, types, lists one item per line), so the
 * runs of an existing data folder keep their identity.
 *
 * @param job the job file's name; {@code null} for a plain {@code run --input}
 * @param inputs archive folders or files, absolute, read in this order
 * @param from first day of the window, inclusive; {@code null}: from the beginning
 * @param to last day of the window, inclusive; {@code null}: to the end
 * @param sources sources an article must come from, as the user wrote them (empty: any)
 * @param categories categories an article must be in, as written (empty: any)
 * @param scoring parser and sentence limit
 * @param requested when a plain run or a rerun was asked for; {@code null} for a job
 * file's run
 * @param workbook the workbook to write
 * @param overwrite whether an existing workbook of that name may be replaced
 * @param recipients who receives the workbook by e-mail (empty: nobody)
 * @param subject the e-mail's subject when the job file sets one, else {@code null}
 * @param rerunOf the run this one repeats ({@code tenor rerun}), else {@code null}
 */
public record RunDefinition(String job, List<Path> inputs, LocalDate from, LocalDate to, List<String> sources,
		List<String> categories, ScoringSettings scoring, LocalDateTime requested, Path workbook, boolean overwrite,
		List<String> recipients, String subject, Long rerunOf) {

	/** The job name shown for a plain {@code run --input}, which has no job file. */
	public static final String PLAIN_RUN = "tenor";

	private static final String JOB = "job";

	private static final String INPUT = "input";

	private static final String FROM = "from";

	private static final String TO = "to";

	private static final String SOURCES = "sources";

	private static final String CATEGORIES = "categories";

	private static final String PARSER = "parser";

	private static final String MAX_SENTENCE_TOKENS = "max-sentence-tokens";

	private static final String SCORER = "scorer";

	private static final String REQUESTED = "requested";

	private static final String WORKBOOK = "workbook";

	private static final String OVERWRITE = "overwrite";

	private static final String RECIPIENTS = "recipients";

	private static final String SUBJECT = "subject";

	private static final String RERUN_OF = "rerun-of";

	/** The order in which {@code list} shows a run's parameters. */
	private static final List<String> SHOWN = List.of(FROM, TO, SOURCES, CATEGORIES, INPUT, SCORER, PARSER,
			MAX_SENTENCE_TOKENS, RECIPIENTS, RERUN_OF, REQUESTED);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	private static final Pattern RERUN_SUFFIX = Pattern.compile("-rerun-\\d{4}-\\d{2}-\\d{2}-\\d{6}$");

	public RunDefinition {
		inputs = List.copyOf(inputs);
		sources = List.copyOf(sources);
		categories = List.copyOf(categories);
		recipients = List.copyOf(recipients);
		if (inputs.isEmpty()) {
			throw new IllegalArgumentException("a run needs at least one input");
		}
		if (scoring == null) {
			throw new IllegalArgumentException("a run needs its scoring settings");
		}
		if (workbook == null) {
			throw new IllegalArgumentException("a run needs the path of its workbook");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("the window starts on " + from + ", after its end " + to);
		}
	}

	/**
	 * A plain {@code run --input}: every article it reads, or those of a window; a new
	 * job instance every time (the request time is identifying).
	 */
	public static RunDefinition plain(List<Path> inputs, LocalDate from, LocalDate to, ScoringSettings scoring,
			LocalDateTime requested, Path workbook, boolean overwrite) {
		return new RunDefinition(null, inputs, from, to, List.of(), List.of(), scoring, requested, workbook, overwrite,
				List.of(), null, null);
	}

	/** The job name of the run: its job file's name, or {@value #PLAIN_RUN}. */
	public String jobName() {
		return this.job == null ? PLAIN_RUN : this.job;
	}

	/** Which articles the run covers. */
	public RunScope scope() {
		return new RunScope(this.from, this.to, this.sources, this.categories);
	}

	/** "job NAME over FROM to TO", for messages. */
	public String describe() {
		StringBuilder text = new StringBuilder("job ").append(jobName());
		if (this.from != null || this.to != null) {
			text.append(" over ")
				.append(this.from == null ? "the beginning" : this.from)
				.append(" to ")
				.append(this.to == null ? "the end" : this.to);
		}
		return text.toString();
	}

	/**
	 * The same business parameters (job, inputs, window, filters, scoring, delivery) as a
	 * new run requested at {@code now}: its workbook goes next to this run's, with a
	 * {@code -rerun-TIME} suffix, so the first report is never replaced.
	 */
	public RunDefinition rerun(long executionId, LocalDateTime now) {
		Path rerunWorkbook = Path.of(WorkbookNames.unused(rerunWorkbook(this.workbook.toString(), now)));
		return new RunDefinition(this.job, this.inputs, this.from, this.to, this.sources, this.categories, this.scoring,
				now, rerunWorkbook, false, this.recipients, this.subject, executionId);
	}

	static String rerunWorkbook(String workbook, LocalDateTime now) {
		String stem = workbook.endsWith(".xlsx") ? workbook.substring(0, workbook.length() - 5) : workbook;
		return RERUN_SUFFIX.matcher(stem).replaceFirst("") + "-rerun-" + FILE_TIME.format(now) + ".xlsx";
	}

	/** The run as Spring Batch job parameters. */
	public JobParameters toJobParameters() {
		JobParametersBuilder parameters = new JobParametersBuilder();
		if (this.job != null) {
			parameters.addString(JOB, this.job);
		}
		parameters.addString(INPUT, joinList(this.inputs.stream().map(Path::toString).toList()));
		if (this.from != null) {
			parameters.addLocalDate(FROM, this.from);
		}
		if (this.to != null) {
			parameters.addLocalDate(TO, this.to);
		}
		if (!this.sources.isEmpty()) {
			parameters.addString(SOURCES, joinList(this.sources));
		}
		if (!this.categories.isEmpty()) {
			parameters.addString(CATEGORIES, joinList(this.categories));
		}
		parameters.addString(PARSER, this.scoring.parser().name().toLowerCase(Locale.ROOT))
			.addLong(MAX_SENTENCE_TOKENS, (long) this.scoring.maxSentenceTokens());
		if (this.scoring.scorer() != Scorer.CORENLP) {
			// CoreNLP's scores have no parameter: the runs of the releases before the
			// calibrated score were all CoreNLP's, and keep their identity
			parameters.addString(SCORER, this.scoring.scorer().key());
		}
		if (this.requested != null) {
			parameters.addString(REQUESTED, this.requested.toString());
		}
		parameters.addString(WORKBOOK, this.workbook.toString(), false)
			.addString(OVERWRITE, Boolean.toString(this.overwrite), false);
		if (!this.recipients.isEmpty()) {
			parameters.addString(RECIPIENTS, joinList(this.recipients), false);
		}
		if (this.subject != null) {
			parameters.addString(SUBJECT, this.subject, false);
		}
		if (this.rerunOf != null) {
			parameters.addLong(RERUN_OF, this.rerunOf, false);
		}
		return parameters.toJobParameters();
	}

	/**
	 * The run that job parameters describe: those of {@link #toJobParameters()}, or of a
	 * run made by an earlier release (absent scoring settings are the defaults of then).
	 * @throws IllegalArgumentException when they do not describe a run
	 */
	public static RunDefinition from(JobParameters parameters) {
		String parser = parameters.getString(PARSER);
		Long maxTokens = parameters.getLong(MAX_SENTENCE_TOKENS);
		String scorer = parameters.getString(SCORER);
		ScoringSettings scoring = new ScoringSettings(parser == null ? ParserChoice.SR : ParserChoice.of(parser),
				maxTokens == null ? ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS : Math.toIntExact(maxTokens),
				scorer == null ? Scorer.CORENLP : Scorer.of(scorer));
		String requested = parameters.getString(REQUESTED);
		String workbook = parameters.getString(WORKBOOK);
		if (workbook == null) {
			throw new IllegalArgumentException("the run has no workbook path (parameter " + WORKBOOK + ")");
		}
		return new RunDefinition(parameters.getString(JOB), list(parameters, INPUT).stream().map(Path::of).toList(),
				date(parameters, FROM), date(parameters, TO), list(parameters, SOURCES), list(parameters, CATEGORIES),
				scoring, requested == null ? null : requestedTime(requested), Path.of(workbook),
				Boolean.parseBoolean(parameters.getString(OVERWRITE)), list(parameters, RECIPIENTS),
				parameters.getString(SUBJECT), parameters.getLong(RERUN_OF));
	}

	/** Refuses job parameters that do not describe a run, before the job starts. */
	public static JobParametersValidator validator() {
		return parameters -> {
			try {
				from(parameters);
			}
			catch (RuntimeException ex) {
				throw new InvalidJobParametersException("these are not the parameters of a Tenor run: "
						+ (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
			}
		};
	}

	/**
	 * The business parameters for {@code list}: name and value, lists in brackets, in a
	 * fixed order; defaults of a plain run included, as they decide its figures.
	 */
	public Map<String, String> shown() {
		Map<String, Object> values = values();
		Map<String, String> shown = new LinkedHashMap<>();
		for (String name : SHOWN) {
			Object value = values.get(name);
			if (value != null) {
				shown.put(name, value instanceof List<?> items && items.size() != 1
						? "[" + String.join(", ", items.stream().map(String::valueOf).toList()) + "]"
						: value instanceof List<?> items ? String.valueOf(items.get(0)) : String.valueOf(value));
			}
		}
		return shown;
	}

	/**
	 * Every parameter with its value for the Run sheet, by name: dates as dates, numbers
	 * as numbers, lists as one text.
	 */
	public Map<String, Object> parameterValues() {
		Map<String, Object> values = new TreeMap<>();
		values().forEach((name, value) -> values.put(name, value instanceof List<?> items
				? String.join(", ", items.stream().map(String::valueOf).toList()) : value));
		return values;
	}

	private Map<String, Object> values() {
		Map<String, Object> values = new LinkedHashMap<>();
		for (JobParameter<?> parameter : toJobParameters().parameters()) {
			Object value = parameter.value();
			values.put(parameter.name(),
					value instanceof String text && text.contains("\n") ? Arrays.asList(text.split("\n")) : value);
		}
		values.put(INPUT, this.inputs.stream().map(Path::toString).toList());
		values.put(SCORER, this.scoring.scorer().key());
		return values;
	}

	/** A list as one parameter value: one item per line, as earlier releases wrote it. */
	private static String joinList(Collection<String> items) {
		for (String item : items) {
			if (item.contains("\n")) {
				throw new IllegalArgumentException("'" + item.strip() + "' holds a line break");
			}
		}
		return String.join("\n", items);
	}

	private static List<String> list(JobParameters parameters, String name) {
		String value = parameters.getString(name);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (String item : value.split("\n")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	private static LocalDate date(JobParameters parameters, String name) {
		JobParameter<?> parameter = parameters.getParameter(name);
		Object value = parameter == null ? null : parameter.value();
		if (value == null || value instanceof LocalDate) {
			return (LocalDate) value;
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " '" + value + "' is not a date");
		}
	}

	private static LocalDateTime requestedTime(String value) {
		try {
			return LocalDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(REQUESTED + " '" + value + "' is not a date and time");
		}
	}

}
