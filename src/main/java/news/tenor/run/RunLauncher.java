package news.tenor.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
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

	private final JobOperator jobOperator;

	private final Job job;

	private final JobRepository jobRepository;

	private final RunLocks locks;

	RunLauncher(JobOperator jobOperator, Job tenorJob, JobRepository jobRepository, RunLocks locks) {
		this.jobOperator = jobOperator;
		this.job = tenorJob;
		this.jobRepository = jobRepository;
		this.locks = locks;
	}

	/**
	 * Starts a run (or, for the parameters of a failed or stopped instance, restarts it,
	 * as Spring Batch does) and waits for it to end.
	 */
	public JobExecution start(RunDefinition run) {
		JobParameters parameters = run.toJobParameters();
		JobExecution last = this.jobRepository.getLastJobExecution(this.job.getName(), parameters);
		if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
			// (a completed instance is refused below, as Spring Batch refuses it)
			refuseUnwritableWorkbook(run);
		}
		try (RunLocks.Held lock = lockJob(run)) {
			return this.jobOperator.start(this.job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution done = this.jobRepository.getLastJobExecution(this.job.getName(), parameters);
			throw new RunRefusedException(run.describe() + " already completed" + (done == null ? ""
					: " as run " + done.getId() + "; use `tenor rerun " + done.getId() + "` to run it again"));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			JobExecution stale = this.jobRepository.getLastJobExecution(this.job.getName(), parameters);
			long id = stale == null ? -1 : stale.getId();
			throw new RunRefusedException("run " + id + " (" + run.describe()
					+ ") was interrupted: its process ended without finishing it; use `tenor restart " + id + "`");
		}
		catch (JobRestartException ex) {
			throw new RunRefusedException(run.describe() + " cannot be restarted: " + ex.getMessage());
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
		try (RunLocks.Held lock = lockJob(RunDefinition.from(execution.getJobParameters()))) {
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
	 * Runs the parameters of an earlier run again as a new job instance
	 * ({@link RunDefinition#rerun}).
	 */
	public JobExecution rerun(long executionId) {
		return start(definition(execution(executionId)).rerun(executionId, LocalDateTime.now()));
	}

	/** The execution of that id, or a refusal naming the data folder's runs. */
	public JobExecution execution(long executionId) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(executionId);
		}
		catch (IncorrectResultSizeDataAccessException noSuchRun) {
			// Spring Batch 6 answers an unknown id so, not with null
			execution = null;
		}
		if (execution == null) {
			throw new RunRefusedException("there is no run " + executionId + " in this data folder (see tenor list)");
		}
		return execution;
	}

	/**
	 * A workbook that could not be written is refused before the run reads and scores
	 * anything: its folder is a file, or the workbook exists and may not be replaced.
	 */
	private static void refuseUnwritableWorkbook(RunDefinition run) {
		Path folder = run.workbook().toAbsolutePath().getParent();
		for (Path up = folder; up != null; up = up.getParent()) {
			if (Files.exists(up) && !Files.isDirectory(up)) {
				throw new RunRefusedException(
						"the workbook's folder " + folder + " cannot be made: " + up + " is a file, not a folder");
			}
		}
		if (!run.overwrite() && Files.exists(run.workbook())) {
			throw new RunRefusedException("the workbook " + run.workbook()
					+ " exists already; pass --overwrite to replace it, or move it away");
		}
	}

	private static RunDefinition definition(JobExecution execution) {
		try {
			return RunDefinition.from(execution.getJobParameters());
		}
		catch (IllegalArgumentException ex) {
			throw new RunRefusedException("run " + execution.getId() + " cannot be run again: " + ex.getMessage());
		}
	}

	private RunLocks.Held lockJob(RunDefinition run) {
		String name = run.job();
		if (name == null) {
			return () -> {
			};
		}
		Optional<RunLocks.Held> lock = this.locks.tryJob(name);
		if (lock.isPresent()) {
			return lock.get();
		}
		Optional<JobExecution> running = this.jobRepository.findRunningJobExecutions(this.job.getName())
			.stream()
			.filter(e -> name.equals(RunDefinition.from(e.getJobParameters()).job()))
			.max(Comparator.comparing(JobExecution::getId));
		throw new RunRefusedException("job " + name + " is already running"
				+ running
					.map(e -> " as run " + e.getId()
							+ (e.getStartTime() == null ? "" : " (started " + e.getStartTime().withNano(0) + ")"))
					.orElse("")
				+ "; two runs of one job never run at once, wait for it to finish");
	}

}
