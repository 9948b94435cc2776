package news.tenor.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and reruns Tenor runs through Spring Batch's {@link JobOperator}, and
 * turns what the job repository refuses into a sentence saying what to do instead. Two
 * runs of one job (one job file) never run at once, in this process or another: a run
 * holds its job's lock in the data folder until it ends. Plain {@code run --input} runs
 * have no job name and are not limited.
 */
@Component
public class RunLauncher {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	private static final Pattern RERUN_SUFFIX = Pattern.compile("-rerun-\\d{4}-\\d{2}-\\d{2}-\\d{6}$");

	private final JobOperator jobOperator;

	private final Job job;

	private final JobRepository jobRepository;

	private final RunLocks locks;

	RunLauncher(JobOperator jobOperator, Job tenorJob, JobRepository jobRepository,
			@Value("${tenor.data-dir}") Path dataDir) {
		this.jobOperator = jobOperator;
		this.job = tenorJob;
		this.jobRepository = jobRepository;
		this.locks = new RunLocks(dataDir);
	}

	/**
	 * Starts a run (or, for the parameters of a failed or stopped instance, restarts it,
	 * as Spring Batch does) and waits for it to end.
	 */
	public JobExecution start(JobParameters parameters) {
		try (RunLocks.Held lock = lockJob(parameters)) {
			return this.jobOperator.start(this.job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution done = this.jobRepository.getLastJobExecution(TenorJobConfiguration.JOB_NAME, parameters);
			throw new RunRefusedException(describe(parameters) + " already completed" + (done == null ? ""
					: " as run " + done.getId() + "; use `tenor rerun " + done.getId() + "` to run it again"));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			JobExecution stale = this.jobRepository.getLastJobExecution(TenorJobConfiguration.JOB_NAME, parameters);
			long id = stale == null ? -1 : stale.getId();
			throw new RunRefusedException("run " + id + " (" + describe(parameters)
					+ ") was interrupted: its process ended without finishing it; use `tenor restart " + id + "`");
		}
		catch (JobRestartException ex) {
			throw new RunRefusedException(describe(parameters) + " cannot be restarted: " + ex.getMessage());
		}
		catch (InvalidJobParametersException ex) {
			throw new RunRefusedException(ex.getMessage());
		}
	}

	/**
	 * Restarts a failed, stopped or interrupted run where it stopped: steps that
	 * completed are skipped, the step that did not resumes after its last committed
	 * chunk. A run whose process died (kill -9, power cut) is still STARTED in the job
	 * repository; since no process holds its lock, it is marked FAILED first
	 * ({@link JobOperator#recover}), which is what makes Spring Batch accept the restart.
	 */
	public JobExecution restart(long executionId, Consumer<String> notes) {
		JobExecution execution = execution(executionId);
		JobExecution last = this.jobRepository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getId() != executionId) {
			throw new RunRefusedException("run " + executionId + " was restarted already as run " + last.getId() + " ("
					+ last.getStatus() + "); "
					+ (last.getStatus() == BatchStatus.COMPLETED
							? "use `tenor rerun " + last.getId() + "` to run it again"
							: "restart that one: `tenor restart " + last.getId() + "`"));
		}
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			throw new RunRefusedException("run " + executionId
					+ " completed, there is nothing to restart; use `tenor rerun " + executionId + "` to run it again");
		}
		if (status == BatchStatus.ABANDONED || status == BatchStatus.UNKNOWN) {
			throw new RunRefusedException("run " + executionId + " is " + status.name().toLowerCase()
					+ " and cannot be restarted; use `tenor rerun " + executionId + "` to run it again");
		}
		try (RunLocks.Held lock = lockJob(execution.getJobParameters())) {
			if (this.locks.instanceRunning(execution.getJobInstanceId())) {
				throw new RunRefusedException("run " + executionId + " is still running; wait for it to finish");
			}
			if (status.isRunning()) {
				notes.accept("Run " + executionId + " was interrupted (its process ended while it was " + status
						+ "); marking it FAILED and restarting it where it stopped.");
				this.jobOperator.recover(execution);
				execution = execution(executionId);
			}
			return this.jobOperator.restart(execution);
		}
		catch (JobRestartException ex) {
			throw new RunRefusedException("run " + executionId + " cannot be restarted: " + ex.getMessage());
		}
	}

	/**
	 * Runs the parameters of an earlier run again as a new job instance: the business
	 * parameters (job, inputs, window, filters, scoring) are kept, {@code requested} is
	 * set to now (which is what makes the instance new) and {@code rerun-of} names the
	 * original. The workbook goes next to the original's, with a {@code -rerun-TIME}
	 * suffix, so the first report is never replaced.
	 */
	public JobExecution rerun(long executionId) {
		JobExecution original = execution(executionId);
		LocalDateTime now = LocalDateTime.now();
		JobParametersBuilder parameters = new JobParametersBuilder();
		for (JobParameter<?> parameter : original.getJobParameters().parameters()) {
			switch (parameter.name()) {
				case TenorParameters.REQUESTED, TenorParameters.RERUN_OF, TenorParameters.WORKBOOK,
						TenorParameters.OVERWRITE ->
					{
					}
				default -> parameters.addJobParameter(parameter);
			}
		}
		parameters.addString(TenorParameters.REQUESTED, now.toString())
			.addLong(TenorParameters.RERUN_OF, executionId, false)
			.addString(TenorParameters.WORKBOOK,
					WorkbookNames.unused(
							rerunWorkbook(original.getJobParameters().getString(TenorParameters.WORKBOOK), now)),
					false)
			.addString(TenorParameters.OVERWRITE, "false", false);
		return start(parameters.toJobParameters());
	}

	static String rerunWorkbook(String workbook, LocalDateTime now) {
		String stem = workbook.endsWith(".xlsx") ? workbook.substring(0, workbook.length() - 5) : workbook;
		return RERUN_SUFFIX.matcher(stem).replaceFirst("") + "-rerun-" + FILE_TIME.format(now) + ".xlsx";
	}

	/** The execution of that id, or a refusal naming the data folder's runs. */
	public JobExecution execution(long executionId) {
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		if (execution == null) {
			throw new RunRefusedException("there is no run " + executionId + " in this data folder (see tenor list)");
		}
		return execution;
	}

	private RunLocks.Held lockJob(JobParameters parameters) {
		String name = parameters.getString(TenorParameters.JOB);
		if (name == null) {
			return () -> {
			};
		}
		Optional<RunLocks.Held> lock = this.locks.tryJob(name);
		if (lock.isPresent()) {
			return lock.get();
		}
		Optional<JobExecution> running = this.jobRepository.findRunningJobExecutions(TenorJobConfiguration.JOB_NAME)
			.stream()
			.filter(e -> name.equals(e.getJobParameters().getString(TenorParameters.JOB)))
			.max(Comparator.comparing(JobExecution::getId));
		throw new RunRefusedException("job " + name + " is already running"
				+ running
					.map(e -> " as run " + e.getId()
							+ (e.getStartTime() == null ? "" : " (started " + e.getStartTime().withNano(0) + ")"))
					.orElse("")
				+ "; two runs of one job never run at once, wait for it to finish");
	}

	/** "job NAME over FROM to TO" or "this run", for messages. */
	static String describe(JobParameters parameters) {
		StringBuilder text = new StringBuilder("job ").append(TenorParameters.jobName(parameters));
		var from = parameters.getLocalDate(TenorParameters.FROM);
		var to = parameters.getLocalDate(TenorParameters.TO);
		if (from != null || to != null) {
			text.append(" over ")
				.append(from == null ? "the beginning" : from)
				.append(" to ")
				.append(to == null ? "the end" : to);
		}
		return text.toString();
	}

}
