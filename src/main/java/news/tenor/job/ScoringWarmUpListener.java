package news.tenor.job;

import news.tenor.archive.ParsedEntry;
import news.tenor.run.RunCounts;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.ScoringWarmUp;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Starts Spark and the CoreNLP models in the background as soon as the ingest step has
 * stored a new or changed comment, so that they are ready when the score step begins; a
 * run that ingests nothing new (a rerun) does not start them.
 */
class ScoringWarmUpListener implements StepExecutionListener, ItemWriteListener<ParsedEntry> {

	private final ScoringWarmUp warmUp;

	private final ParserChoice parser;

	/** Whether the run finds mentions, so loads the named-entity recogniser too. */
	private final boolean recogniser;

	private StepExecution step;

	ScoringWarmUpListener(ScoringWarmUp warmUp, ParserChoice parser) {
		this(warmUp, parser, false);
	}

	ScoringWarmUpListener(ScoringWarmUp warmUp, ParserChoice parser, boolean recogniser) {
		this.warmUp = warmUp;
		this.parser = parser;
		this.recogniser = recogniser;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step = stepExecution;
	}

	@Override
	public void afterWrite(Chunk<? extends ParsedEntry> items) {
		var counts = this.step.getExecutionContext();
		if (counts.getLong(RunCounts.COMMENTS_NEW, 0) > 0 || counts.getLong(RunCounts.ARTICLES_UPDATED, 0) > 0) {
			this.warmUp.start(this.parser, this.recogniser);
		}
	}

}
