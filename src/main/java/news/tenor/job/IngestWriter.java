package news.tenor.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.tenor.archive.ArchiveFingerprints;
import news.tenor.archive.ArticleStore;
import news.tenor.archive.ParsedEntry;
import news.tenor.run.RunCounts;
import news.tenor.run.RunScope;
import news.tenor.scoring.SentenceLinks;
import news.tenor.scoring.SentenceSplitter;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk's parsed articles and rejects, remembers each stored entry's fingerprint
 * (an entry read again byte for byte comes back {@link ParsedEntry.Known known} and costs
 * no more than adding it to the run), adds the articles within the run's window and
 * filters to the run, and links the new or changed comments to their sentences for the
 * score cache. Unchanged re-deliveries cost one lookup and no splitting. Each kind of row
 * is written for the whole chunk at once, in a few round trips to the database rather
 * than several per row; the sentences come split from the reader's threads.
 */
class IngestWriter implements ItemWriter<ReadEntry>, StepExecutionListener {

	private final ArticleStore articles;

	private final ArchiveFingerprints fingerprints;

	private final SentenceLinks sentences;

	private final RunScope scope;

	private long jobInstanceId;

	private ExecutionContext counts;

	IngestWriter(ArticleStore articles, ArchiveFingerprints fingerprints, SentenceLinks sentences, RunScope scope) {
		this.articles = articles;
		this.fingerprints = fingerprints;
		this.sentences = sentences;
		this.scope = scope;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
		this.counts = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends ReadEntry> chunk) {
		List<ParsedEntry.Rejected> rejects = new ArrayList<>();
		List<ReadEntry> parsed = new ArrayList<>();
		Set<Long> inRun = new LinkedHashSet<>();
		for (ReadEntry read : chunk) {
			RunCounts.add(this.counts, RunCounts.ENTRIES, 1);
			if (read.entry() instanceof ParsedEntry.Rejected rejected) {
				rejects.add(rejected);
			}
			else if (read.entry() instanceof ParsedEntry.Known known) {
				if (this.scope.includes(known.published(), known.source(), known.category())) {
					inRun.add(known.articleId());
				}
				RunCounts.add(this.counts, RunCounts.ARTICLES_UNCHANGED, 1);
			}
			else {
				parsed.add(read);
			}
		}
		if (!rejects.isEmpty()) {
			this.articles.rejectAll(this.jobInstanceId, rejects);
			RunCounts.add(this.counts, RunCounts.REJECTS, rejects.size());
		}

		// in the archive's order: a later copy of an article merges into an earlier one
		List<ArticleStore.Saved> saved = this.articles
			.saveAll(parsed.stream().map(read -> (ParsedEntry.Parsed) read.entry()).toList());
		Map<String, Long> stored = new LinkedHashMap<>();
		Map<Long, List<SentenceSplitter.SplitSentence>> changed = new LinkedHashMap<>();
		for (int i = 0; i < parsed.size(); i++) {
			ReadEntry read = parsed.get(i);
			ParsedEntry.Parsed article = (ParsedEntry.Parsed) read.entry();
			ArticleStore.Saved save = saved.get(i);
			for (ArticleStore.ChangedComment comment : save.changed()) {
				changed.put(comment.commentId(), read.sentences().get(comment.index()));
			}
			stored.put(article.fingerprint(), save.articleId());
			if (this.scope.includes(article.article())) {
				inRun.add(save.articleId());
			}
			RunCounts.add(this.counts, switch (save.outcome()) {
				case NEW -> RunCounts.ARTICLES_NEW;
				case UPDATED -> RunCounts.ARTICLES_UPDATED;
				case UNCHANGED -> RunCounts.ARTICLES_UNCHANGED;
			}, 1);
			RunCounts.add(this.counts, RunCounts.COMMENTS_NEW, save.newComments());
		}
		this.articles.addToRun(this.jobInstanceId, inRun);
		this.fingerprints.record(stored);
		this.sentences.link(changed);
	}

}
