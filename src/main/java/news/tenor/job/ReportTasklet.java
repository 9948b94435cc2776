package news.tenor.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.TenorVersions;
import news.tenor.report.ReportWorkbook;
import news.tenor.report.RunSummary;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the run's workbook and records its path on the job execution. */
class ReportTasklet implements Tasklet {

	static final String WORKBOOK = "report.workbook";

	private final ReportWorkbook workbook;

	private final ScoringSettings settings;

	private final Path target;

	private final boolean overwrite;

	ReportTasklet(ReportWorkbook workbook, ScoringSettings settings, Path target, boolean overwrite) {
		this.workbook = workbook;
		this.settings = settings;
		this.target = target;
		this.overwrite = overwrite;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		this.workbook.write(this.target, job.getJobInstanceId(), this.settings.modelKey(), summary(job),
				this.overwrite);
		job.getExecutionContext().putString(WORKBOOK, this.target.toAbsolutePath().toString());
		return RepeatStatus.FINISHED;
	}

	private RunSummary summary(JobExecution job) {
		Map<String, String> parameters = new LinkedHashMap<>();
		job.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
		List<RunSummary.StepTime> steps = new ArrayList<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StepExecution step : job.getStepExecutions()) {
			LocalDateTime start = step.getStartTime();
			LocalDateTime end = step.getEndTime();
			steps.add(new RunSummary.StepTime(step.getStepName(), step.getStatus().name(), start,
					start == null ? null : Duration.between(start, end == null ? LocalDateTime.now() : end)));
			step.getExecutionContext().entrySet().forEach(e -> {
				if (e.getValue() instanceof Long n && !e.getKey().startsWith("archive.")
						&& !e.getKey().startsWith("batch.")) {
					counts.merge(e.getKey(), n, Long::sum);
				}
			});
		}
		Map<String, String> versions = new LinkedHashMap<>(TenorVersions.all());
		versions.put("Scoring model", this.settings.modelKey());
		return new RunSummary(job.getJobInstance().getJobName(), job.getJobInstanceId(), job.getId(), parameters,
				job.getStartTime(), steps, counts, versions);
	}

}
