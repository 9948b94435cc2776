package news.tenor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import news.tenor.schedule.JobDefinition;
import news.tenor.schedule.JobFiles;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;

/**
 * A {@code run} as the user asked for it, checked before anything starts.
 *
 * @param job the job file's definition, or null for a plain {@code run --input}
 * @param inputs the --input options (they replace the job file's inputs), or null
 * @param output the --output option, or null (the job file's folder, else reports)
 * @param from the --from option, or null
 * @param to the --to option, or null
 */
record RunRequest(JobDefinition job, List<Path> inputs, Path output, Scorer scorer, ParserChoice parser,
		Integer maxSentenceTokens, boolean overwrite, LocalDate from, LocalDate to) {

	static RunRequest from(TenorCommands.Run run) {
		JobDefinition job = run.jobFile == null ? null : JobFiles.read(run.jobFile);
		if (run.inputs == null && job == null) {
			throw new UsageException("run needs a job file or --input DIR (the archive to read)");
		}
		List<Path> inputs = null;
		if (run.inputs != null) {
			inputs = run.inputs.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
			for (Path input : inputs) {
				if (!Files.exists(input)) {
					throw new UsageException("input " + input + " does not exist");
				}
			}
		}
		if (run.output != null && Files.exists(run.output) && !Files.isDirectory(run.output)) {
			throw new UsageException("--output " + run.output.toAbsolutePath().normalize()
					+ " is a file; give the folder the workbook goes in");
		}
		if (job != null && (run.scorer != null || run.parser != null || run.maxSentenceTokens != null)) {
			throw new UsageException("--scorer, --parser and --max-sentence-tokens belong in the job file ("
					+ job.file() + "), so that its runs stay comparable");
		}
		if (run.from != null && run.to != null && run.from.isAfter(run.to)) {
			throw new UsageException("--from " + run.from + " is after --to " + run.to);
		}
		RunRequest request = new RunRequest(job, inputs,
				run.output != null ? run.output.toAbsolutePath().normalize()
						: (job == null ? Path.of("reports").toAbsolutePath().normalize() : null),
				run.scorer, run.parser, run.maxSentenceTokens, run.overwrite, run.from, run.to);
		if (job != null) {
			var days = job.days(LocalDate.now(job.zoneOrDefault()), request.overrides());
			if (days.from() != null && days.to() != null && days.from().isAfter(days.to())) {
				throw new UsageException("the run would start on " + days.from() + " and end on " + days.to() + " (job "
						+ job.name() + "'s window with --from/--to): the start is after the end");
			}
		}
		return request;
	}

	/** What the command line changes in the job file's run. */
	JobDefinition.Overrides overrides() {
		return new JobDefinition.Overrides(this.from, this.to, this.inputs, this.output, this.overwrite);
	}

}
