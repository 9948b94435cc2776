package news.tenor.job;

import news.tenor.mentions.RunMentions;
import news.tenor.run.RunCounts;
import news.tenor.run.RunDefinition;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The mentions step, between score and report: who the run's readers are talking about
 * and how they feel about each ({@link RunMentions}), for runs with the calibrated
 * scorer; a {@code corenlp} run skips it. It writes the run's rows afresh, so a restart
 * simply runs it again (the recogniser's work is cached per sentence and article).
 */
class MentionsTasklet implements Tasklet {

	private final RunMentions mentions;

	private final RunDefinition run;

	/**
	 * {@code tenor.mentions.enabled}: off, no step finds mentions (to measure their
	 * cost).
	 */
	private final boolean enabled;

	MentionsTasklet(RunMentions mentions, RunDefinition run, boolean enabled) {
		this.mentions = mentions;
		this.run = run;
		this.enabled = enabled;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.enabled || !RunMentions.appliesTo(this.run.scoring())) {
			return RepeatStatus.FINISHED;
		}
		var step = chunkContext.getStepContext().getStepExecution();
		RunMentions.Counts counts = this.mentions.compute(step.getJobExecution().getJobInstanceId(),
				this.run.scoring());
		ExecutionContext context = step.getExecutionContext();
		context.putLong(RunCounts.SENTENCES_RECOGNISED, counts.commentSentencesTagged());
		context.putLong(RunCounts.ARTICLE_SENTENCES_RECOGNISED, counts.articleSentencesTagged());
		context.putLong(RunCounts.COMMENTS_WITH_MENTIONS, counts.comments());
		context.putLong(RunCounts.ENTITIES, counts.entities());
		return RepeatStatus.FINISHED;
	}

}
