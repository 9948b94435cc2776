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
import news.tenor.scoring.CommentScoring;
import news.tenor.scoring.SentenceSplitter;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores parsed articles and rejects, remembers each stored entry's fingerprint (an entry
 * read again byte for byte comes back {@link ParsedEntry.Known known} and costs no more
 * than adding it to the run), adds the articles within the run's window and filters to
 * the run, and splits the own words of new or changed comments into sentences for the
 * score cache. Unchanged re-deliveries cost one lookup and no splitting. The comments of
 * a chunk are split on all cores (CoreNLP's tokenizer and sentence splitter are
 * thread-safe and hold no models), then linked to their sentences in order.
 */
class IngestWriter implements ItemWriter<ParsedEntry>, StepExecutionListener {

	private final ArticleStore articles;

	private final ArchiveFingerprints fingerprints;

	private final CommentScoring scores;

	private final SentenceSplitter splitter;

	private final RunScope scope;

	private long jobInstanceId;

	private ExecutionContext counts;

	IngestWriter(ArticleStore articles, ArchiveFingerprints fingerprints, CommentScoring scores,
			SentenceSplitter splitter, RunScope scope) {
		this.articles = articles;
		this.fingerprints = fingerprints;
		this.scores = scores;
		this.splitter = splitter;
		this.scope = scope;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
		this.counts = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends ParsedEntry> chunk) {
		List<ArticleStore.ChangedComment> changed = new ArrayList<>();
		Set<Long> inRun = new LinkedHashSet<>();
		Map<String, Long> stored = new LinkedHashMap<>();
		for (ParsedEntry entry : chunk) {
			RunCounts.add(this.counts, RunCounts.ENTRIES, 1);
			if (entry instanceof ParsedEntry.Rejected rejected) {
				this.articles.reject(this.jobInstanceId, rejected);
				RunCounts.add(this.counts, RunCounts.REJECTS, 1);
				continue;
			}
			if (entry instanceof ParsedEntry.Known known) {
				if (this.scope.includes(known.published(), known.source(), known.category())) {
					inRun.add(known.articleId());
				}
				RunCounts.add(this.counts, RunCounts.ARTICLES_UNCHANGED, 1);
				continue;
			}
			ParsedEntry.Parsed parsed = (ParsedEntry.Parsed) entry;
			ArticleStore.Saved saved = this.articles.save(parsed);
			changed.addAll(saved.changed());
			stored.put(parsed.fingerprint(), saved.articleId());
			if (this.scope.includes(parsed.article())) {
				inRun.add(saved.articleId());
			}
			RunCounts.add(this.counts, switch (saved.outcome()) {
				case NEW -> RunCounts.ARTICLES_NEW;
				case UPDATED -> RunCounts.ARTICLES_UPDATED;
				case UNCHANGED -> RunCounts.ARTICLES_UNCHANGED;
			}, 1);
			RunCounts.add(this.counts, RunCounts.COMMENTS_NEW, saved.newComments());
		}
		this.articles.addToRun(this.jobInstanceId, inRun);
		this.fingerprints.record(stored);
		List<List<SentenceSplitter.SplitSentence>> sentences = changed.parallelStream()
			.map(comment -> this.splitter.split(comment.ownWords()))
			.toList();
		for (int i = 0; i < changed.size(); i++) {
			this.scores.link(changed.get(i).commentId(), sentences.get(i));
		}
	}

}
