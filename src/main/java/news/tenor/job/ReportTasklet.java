package news.tenor.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import news.tenor.TenorVersions;
import news.tenor.report.ReportScope;
import news.tenor.report.ReportWorkbook;
import news.tenor.report.RunSummary;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's workbook and records its path on the job execution. The workbook's Run
 * sheet is given everything needed to trace a figure back: parameters, each step's times
 * and counts (from the latest execution of each step, so a restarted run still shows what
 * its first attempt ingested), settings and versions.
 */
class ReportTasklet implements Tasklet {

	static final String WORKBOOK = "report.workbook";

	/** Optional job parameters of a windowed or filtered job: dates and lists. */
	static final String FROM = "from";

	static final String TO = "to";

	static final String SOURCES = "sources";

	static final String CATEGORIES = "categories";

	/** The counters of {@link RunCounts} as the Run sheet names them. */
	private static final Map<String, String> COUNT_LABELS = new LinkedHashMap<>();

	static {
		COUNT_LABELS.put(RunCounts.ENTRIES, "Archive entries read (files, or lines of .jsonl files)");
		COUNT_LABELS.put(RunCounts.ARTICLES_NEW, "Articles new");
		COUNT_LABELS.put(RunCounts.ARTICLES_UPDATED, "Articles updated (changed since an earlier delivery)");
		COUNT_LABELS.put(RunCounts.ARTICLES_UNCHANGED, "Articles unchanged (duplicates of stored ones)");
		COUNT_LABELS.put(RunCounts.COMMENTS_NEW, "Comments new or changed");
		COUNT_LABELS.put(RunCounts.REJECTS, "Inputs rejected");
		COUNT_LABELS.put(RunCounts.COMMENTS_SCORED, "Comments scored");
		COUNT_LABELS.put(RunCounts.SENTENCES_PARSED, "Sentences scored by CoreNLP");
		COUNT_LABELS.put(RunCounts.SENTENCES_CACHED, "Sentences taken from the score cache");
		COUNT_LABELS.put(RunCounts.SENTENCES_TOO_LONG, "Sentences unscored: too long");
		COUNT_LABELS.put(RunCounts.SENTENCES_FAILED, "Sentences unscored: the parser failed");
		COUNT_LABELS.put(RunCounts.SPARK_TASKS_FAILED, "Spark tasks failed and run again (e.g. a lost executor)");
	}

	private final ReportWorkbook workbook;

	private final JobRepository jobRepository;

	private final ScoringSettings settings;

	private final String sparkMaster;

	private final Path target;

	private final boolean overwrite;

	ReportTasklet(ReportWorkbook workbook, JobRepository jobRepository, ScoringSettings settings, String sparkMaster,
			Path target, boolean overwrite) {
		this.workbook = workbook;
		this.jobRepository = jobRepository;
		this.settings = settings;
		this.sparkMaster = sparkMaster;
		this.target = target;
		this.overwrite = overwrite;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		this.workbook.write(this.target,
				scope(job.getJobInstanceId(), this.settings.modelKey(), job.getJobParameters()), summary(job),
				this.overwrite);
		job.getExecutionContext().putString(WORKBOOK, this.target.toAbsolutePath().toString());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The report's scope: the run's articles, and its window and filters if it has any.
	 */
	static ReportScope scope(long jobInstanceId, String model, JobParameters parameters) {
		return new ReportScope(jobInstanceId, model, date(parameters, FROM), date(parameters, TO),
				list(parameters, SOURCES), list(parameters, CATEGORIES));
	}

	private static LocalDate date(JobParameters parameters, String name) {
		JobParameter<?> parameter = parameters.getParameter(name);
		Object value = parameter == null ? null : parameter.value();
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof LocalDateTime time) {
			return time.toLocalDate();
		}
		if (value instanceof java.util.Date date) {
			return new java.sql.Date(date.getTime()).toLocalDate();
		}
		return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().strip());
	}

	private static List<String> list(JobParameters parameters, String name) {
		JobParameter<?> parameter = parameters.getParameter(name);
		if (parameter == null || parameter.value() == null) {
			return List.of();
		}
		return Arrays.stream(parameter.value().toString().split("[,;]"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	private RunSummary summary(JobExecution job) {
		Map<String, Object> parameters = new TreeMap<>();
		job.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), p.value()));

		// the latest execution of each step, in the order the steps first ran
		List<JobExecution> executions = new ArrayList<>(this.jobRepository.getJobExecutions(job.getJobInstance()));
		executions.sort(Comparator.comparingLong(JobExecution::getId));
		Map<String, StepExecution> latest = new LinkedHashMap<>();
		for (JobExecution execution : executions) {
			if (execution.getId() != job.getId()) {
				execution.getStepExecutions()
					.stream()
					.sorted(Comparator.comparingLong(StepExecution::getId))
					.forEach(s -> latest.put(s.getStepName(), s));
			}
		}
		job.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.forEach(s -> latest.put(s.getStepName(), s));

		List<RunSummary.StepTime> steps = new ArrayList<>();
		Map<String, Long> counted = new LinkedHashMap<>();
		for (StepExecution step : latest.values()) {
			steps.add(new RunSummary.StepTime(step.getStepName(), step.getStatus().name(), step.getStartTime(),
					step.getEndTime()));
			step.getExecutionContext().entrySet().forEach(e -> {
				if (e.getValue() instanceof Long n && !e.getKey().startsWith("archive.")
						&& !e.getKey().startsWith("batch.")) {
					counted.merge(e.getKey(), n, Long::sum);
				}
			});
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		COUNT_LABELS.forEach((key, label) -> counts.put(label, counted.getOrDefault(key, 0L)));
		counts.put("Sentences unscored (too long or failed)", counted.getOrDefault(RunCounts.SENTENCES_TOO_LONG, 0L)
				+ counted.getOrDefault(RunCounts.SENTENCES_FAILED, 0L));
		counted.forEach((key, value) -> {
			if (key.startsWith(RunCounts.SENTENCES_PARSED_BY)) {
				counts.put("Sentences scored on " + key.substring(RunCounts.SENTENCES_PARSED_BY.length()), value);
			}
			else if (!COUNT_LABELS.containsKey(key)) {
				counts.put(key, value);
			}
		});

		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("Parser", this.settings.parser().name().toLowerCase() + " ("
				+ this.settings.parser().model().replaceAll(".*/", "") + ")");
		settings.put("Longest sentence parsed (tokens)", (long) this.settings.maxSentenceTokens());
		settings.put("Scoring model", this.settings.modelKey());
		settings.put("Spark master", this.sparkMaster);
		return new RunSummary(job.getJobInstance().getJobName(), job.getJobInstanceId(), job.getId(),
				Math.max(1, executions.size()), parameters, job.getStartTime(), steps, counts, settings,
				TenorVersions.all());
	}

}
