package news.tenor.cli;

import java.io.PrintStream;

import news.tenor.run.RunLauncher;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code tenor restart ID} and {@code tenor rerun ID}: continue a failed, stopped or
 * interrupted run where it stopped (Spring Batch restart: what is done is not ingested or
 * scored again), or run a run's parameters again as a new run.
 */
@Component
class RestartCommand {

	private final RunLauncher launcher;

	private final JobRepository jobRepository;

	RestartCommand(RunLauncher launcher, JobRepository jobRepository) {
		this.launcher = launcher;
		this.jobRepository = jobRepository;
	}

	int restart(long id, PrintStream out) {
		return RunCommand.report(this.launcher.restart(id, out::println), this.jobRepository, out);
	}

	int rerun(long id, PrintStream out) {
		this.launcher.execution(id); // an id that is no run is refused before anything is
										// said
		out.println("Running the parameters of run " + id + " again as a new run.");
		return RunCommand.report(this.launcher.rerun(id), this.jobRepository, out);
	}

}
