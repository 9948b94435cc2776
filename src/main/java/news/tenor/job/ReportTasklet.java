package news.tenor.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.TenorVersions;
import news.tenor.report.ReportScope;
import news.tenor.report.ReportWorkbook;
import news.tenor.report.RunSummary;
import news.tenor.run.RunCounts;
import news.tenor.run.RunDefinition;
import news.tenor.run.RunFigures;
import news.tenor.run.RunOutcome;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's workbook and records its path and headline figures with the run
 * ({@link RunOutcome}). The workbook's Run sheet is given everything needed to trace a
 * figure back: parameters, each step's times and counts (from the latest execution of
 * each step, so a restarted run still shows what its first attempt ingested), settings
 * and versions.
 */
class ReportTasklet implements Tasklet {

	/** The counters of {@link RunCounts} as the Run sheet names them. */
	private static final Map<String, String> COUNT_LABELS = new LinkedHashMap<>();

	static {
		COUNT_LABELS.put(RunCounts.ENTRIES, "Archive entries read (files, or lines of .jsonl files)");
		COUNT_LABELS.put(RunCounts.ARTICLES_NEW, "Articles new");
		COUNT_LABELS.put(RunCounts.ARTICLES_UPDATED, "Articles updated (changed since an earlier delivery)");
		COUNT_LABELS.put(RunCounts.ARTICLES_UNCHANGED, "Articles unchanged (duplicates of stored ones)");
		COUNT_LABELS.put(RunCounts.COMMENTS_NEW, "Comments new or changed");
		COUNT_LABELS.put(RunCounts.REJECTS, "Inputs rejected");
		COUNT_LABELS.put(RunCounts.COMMENTS_TO_SCORE, "Comments without a score when scoring started");
		COUNT_LABELS.put(RunCounts.COMMENTS_SCORED, "Comments scored");
		COUNT_LABELS.put(RunCounts.SENTENCES_PARSED, "Sentences scored by CoreNLP");
		COUNT_LABELS.put(RunCounts.SENTENCES_CACHED, "Sentences taken from the score cache");
		COUNT_LABELS.put(RunCounts.SENTENCES_TOO_LONG, "Sentences unscored: too long");
		COUNT_LABELS.put(RunCounts.SENTENCES_FAILED, "Sentences unscored: the parser failed");
		COUNT_LABELS.put(RunCounts.SPARK_TASKS_FAILED, "Spark tasks failed and run again (e.g. a lost executor)");
		COUNT_LABELS.put(RunCounts.SENTENCES_DETECTED, "Sentences whose language was detected");
		COUNT_LABELS.put(RunCounts.SENTENCES_NOT_ENGLISH, "Sentences not in English (not scored)");
		COUNT_LABELS.put(RunCounts.COMMENTS_NOT_ENGLISH, "Comments not in English (kept, not scored)");
		COUNT_LABELS.put(RunCounts.SENTENCES_RECOGNISED, "Comment sentences tagged by the named-entity recogniser");
		COUNT_LABELS.put(RunCounts.ARTICLE_SENTENCES_RECOGNISED,
				"Article sentences (title, caption, body) tagged by the named-entity recogniser");
		COUNT_LABELS.put(RunCounts.COMMENTS_WITH_MENTIONS, "Comments naming a person, organisation or place");
		COUNT_LABELS.put(RunCounts.ENTITIES,
				"People, organisations and places named in the articles and comments (one name each)");
	}

	private final ReportWorkbook workbook;

	private final JobRepository jobRepository;

	private final RunDefinition run;

	private final String sparkMaster;

	ReportTasklet(ReportWorkbook workbook, JobRepository jobRepository, RunDefinition run, String sparkMaster) {
		this.workbook = workbook;
		this.jobRepository = jobRepository;
		this.run = run;
		this.sparkMaster = sparkMaster;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		RunFigures figures = this.workbook.write(this.run.workbook(),
				new ReportScope(job.getJobInstanceId(), this.run.scoring().modelKey(), this.run.scope()), summary(job),
				this.run.overwrite());
		RunOutcome.recordWorkbook(job, this.run.workbook().toAbsolutePath().toString());
		RunOutcome.recordFigures(job, figures);
		return RepeatStatus.FINISHED;
	}

	private RunSummary summary(JobExecution job) {
		List<RunSummary.StepTime> steps = new ArrayList<>();
		for (StepExecution step : RunOutcome.latestSteps(job, this.jobRepository)) {
			steps.add(new RunSummary.StepTime(step.getStepName(), step.getStatus().name(), step.getStartTime(),
					step.getEndTime()));
		}
		Map<String, Long> counted = RunOutcome.of(job, this.jobRepository).counts();
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

		ScoringSettings scoring = this.run.scoring();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("Scorer", scoring.scorer().key() + ": " + scoring.scorer().description());
		settings.put("Parser",
				scoring.parser().name().toLowerCase() + " (" + scoring.parser().model().replaceAll(".*/", "") + ")");
		settings.put("Longest sentence parsed (tokens)", (long) scoring.maxSentenceTokens());
		settings.put("Scoring model", scoring.modelKey());
		settings.put("Spark master", this.sparkMaster);
		return new RunSummary(job.getJobInstance().getJobName(), job.getJobInstanceId(), job.getId(),
				RunOutcome.attempt(job, this.jobRepository), this.run.parameterValues(), job.getStartTime(), steps,
				counts, settings, TenorVersions.all());
	}

}
