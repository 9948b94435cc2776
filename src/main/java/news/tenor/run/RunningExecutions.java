package news.tenor.run;

import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import news.tenor.scoring.SparkSessions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The runs executing in this process. Each holds its instance's lock while it runs, which
 * is how {@code restart} tells a run that is still going (in any process) from one whose
 * process died. When the application closes (SIGTERM, Ctrl-C, the end of
 * {@code schedule}), it asks each run to stop and waits for it: a run stops at its next
 * chunk boundary, STOPPED and restartable, before the database closes under it.
 */
@Component
public class RunningExecutions implements JobExecutionListener, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RunningExecutions.class);

	private final Map<Long, JobExecution> running = new LinkedHashMap<>();

	private final Map<Long, RunLocks.Held> locks = new LinkedHashMap<>();

	private final RunLocks runLocks;

	private final Duration stopTimeout;

	private volatile boolean started;

	private final AtomicBoolean stopsBeforeSpark = new AtomicBoolean();

	private final SparkSessions spark;

	RunningExecutions(RunLocks runLocks, SparkSessions spark, @Value("${tenor.stop-timeout:2m}") Duration stopTimeout) {
		this.runLocks = runLocks;
		this.spark = spark;
		this.stopTimeout = stopTimeout;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		if (this.stopsBeforeSpark.compareAndSet(false, true)) {
			// SIGTERM stops the runs at a chunk boundary before Spark stops its context
			this.spark.beforeSparkStops(this::stopAll);
		}
		RunLocks.Held lock = this.runLocks.tryInstance(execution.getJobInstanceId())
			.orElseThrow(() -> new IllegalStateException(
					"run " + execution.getId() + " is already running in another process"));
		synchronized (this.running) {
			this.running.put(execution.getId(), execution);
			this.locks.put(execution.getId(), lock);
		}
	}

	@Override
	public void afterJob(JobExecution execution) {
		synchronized (this.running) {
			this.running.remove(execution.getId());
			RunLocks.Held lock = this.locks.remove(execution.getId());
			if (lock != null) {
				lock.close();
			}
			this.running.notifyAll();
		}
	}

	public List<JobExecution> current() {
		synchronized (this.running) {
			return List.copyOf(this.running.values());
		}
	}

	/**
	 * Asks every run of this process to stop at its next chunk boundary and waits until
	 * they have (at most the stop timeout).
	 */
	public void stopAll() {
		for (JobExecution execution : current()) {
			logger.info("Stopping run " + execution.getId() + " at its next chunk boundary");
			requestStop(execution);
		}
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		synchronized (this.running) {
			while (!this.running.isEmpty()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					logger.warn("Runs " + this.running.keySet() + " did not stop within " + this.stopTimeout
							+ "; restart them with tenor restart ID");
					return;
				}
				try {
					this.running.wait(Math.max(1, Math.min(200, left / 1_000_000)));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				// a step that started since (the run was between two steps) is asked too
				this.running.values().forEach(RunningExecutions::requestStop);
			}
		}
	}

	/**
	 * What {@code JobOperator.stop} does to a run's executions, without writing them to
	 * the job repository from this thread. The run's own thread holds these very objects
	 * and writes them with its next chunk; two threads writing one step execution race on
	 * its version, and the loser (an {@code OptimisticLockingFailureException} in the
	 * run's thread) fails the run instead of stopping it.
	 */
	private static void requestStop(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.STARTING || execution.getStatus() == BatchStatus.STARTED) {
			execution.setStatus(BatchStatus.STOPPING);
		}
		try {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStatus().isRunning() && !step.isTerminateOnly()) {
					step.setTerminateOnly();
					step.setStatus(BatchStatus.STOPPED);
					step.setExitStatus(ExitStatus.STOPPED);
				}
			}
		}
		catch (ConcurrentModificationException stepStarting) {
			// a step is being added: the next round asks it
		}
	}

	@Override
	public int getPhase() {
		// stops after the scheduler (which stops first, so no run starts while runs stop)
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

	@Override
	public void start() {
		this.started = true;
	}

	@Override
	public void stop() {
		stopAll();
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

}
