package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCostAndGradient;
import edu.stanford.nlp.sentiment.SentimentModel;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.Tree;
import news.tenor.scoring.SentenceAnalysis;
import org.ejml.simple.SimpleMatrix;

/**
 * A candidate tried for calibrated-v2 and left out: CoreNLP's other sentiment model,
 * {@code sentiment.binary.ser.gz} of its English models (an RNTN trained on SST's
 * positive and negative phrases only), run over the binarised tree the sentence cache
 * already holds, so that it needs no parse. The cached tree is rebuilt node for node with
 * its words; the five-class model run over such a rebuilt tree gives back the cached
 * probabilities to the byte ({@link #rebuiltTreeDiffersFromTheCacheBy} measures it). Both
 * of CoreNLP's models are "simplified" RNTNs (one composition for every pair of
 * categories), so the tree's category labels, which the cache does not keep, do not
 * matter.
 */
final class BinaryModelFeatures {

	static final String FIVE_CLASS = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";

	static final String BINARY = "edu/stanford/nlp/models/sentiment/sentiment.binary.ser.gz";

	/**
	 * p(positive) − p(negative) of the binary model, at the root and the mean of all
	 * nodes.
	 */
	record Verdict(double root, double meanOfNodes) {
	}

	private final SentimentCostAndGradient binary;

	private final Map<SentenceAnalysis, Verdict> verdicts = new IdentityHashMap<>();

	BinaryModelFeatures() {
		this.binary = new SentimentCostAndGradient(SentimentModel.loadSerialized(BINARY), null);
	}

	Verdict of(SentenceAnalysis analysis) {
		return this.verdicts.computeIfAbsent(analysis, a -> {
			List<Tree> nodes = new ArrayList<>(a.nodes());
			Tree root = rebuild(a, 0, new LabeledScoredTreeFactory(), nodes);
			this.binary.forwardPropagateTree(root);
			double sum = 0;
			for (Tree node : nodes) {
				sum += polarity(node);
			}
			return new Verdict(polarity(root), sum / nodes.size());
		});
	}

	private static double polarity(Tree node) {
		SimpleMatrix p = RNNCoreAnnotations.getPredictions(node);
		return p.get(1) - p.get(0);
	}

	/**
	 * The cached tree as CoreNLP's sentiment models read it, its nodes in preorder added
	 * to {@code nodes}: a word is a preterminal over a leaf, as in CoreNLP's binarised
	 * tree.
	 */
	static Tree rebuild(SentenceAnalysis a, int node, LabeledScoredTreeFactory trees, List<Tree> nodes) {
		CoreLabel label = new CoreLabel();
		if (a.isWord(node)) {
			label.setValue(a.tag(a.start(node)));
			CoreLabel word = new CoreLabel();
			word.setValue(a.word(a.start(node)));
			word.setWord(a.word(a.start(node)));
			Tree preterminal = trees.newTreeNode(label, List.of(trees.newLeaf(word)));
			nodes.add(preterminal);
			return preterminal;
		}
		label.setValue("X");
		Tree joined = trees.newTreeNode(label, new ArrayList<>());
		nodes.add(joined);
		Tree left = rebuild(a, a.left(node), trees, nodes);
		Tree right = rebuild(a, a.right(node), trees, nodes);
		joined.setChildren(List.of(left, right));
		return joined;
	}

	/**
	 * The largest difference between the cached probabilities and the five-class model's
	 * own run over the rebuilt trees: at most half a byte (1/510) if the rebuilding is
	 * exact.
	 */
	static double rebuiltTreeDiffersFromTheCacheBy(Iterable<SentenceAnalysis> analyses) {
		SentimentCostAndGradient five = new SentimentCostAndGradient(SentimentModel.loadSerialized(FIVE_CLASS), null);
		double largest = 0;
		for (SentenceAnalysis a : analyses) {
			List<Tree> nodes = new ArrayList<>(a.nodes());
			five.forwardPropagateTree(rebuild(a, 0, new LabeledScoredTreeFactory(), nodes));
			for (int i = 0; i < nodes.size(); i++) {
				SimpleMatrix p = RNNCoreAnnotations.getPredictions(nodes.get(i));
				for (int k = 0; k < 5; k++) {
					largest = Math.max(largest, Math.abs(p.get(k) - a.probability(i, k)));
				}
			}
		}
		return largest;
	}

}
