package news.tenor.scoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's whole sentiment analysis of one sentence, as Tenor caches it beside the root
 * distribution: the tokens and their part-of-speech tags, the binarised tree the
 * sentiment model composed, and the model's five class probabilities at every node of it
 * (each quantised to a byte). Whatever a calibration reads from the phrases is computed
 * from this, so a data folder can be rescored by a new calibration without parsing again.
 *
 * <p>
 * Nodes are numbered in preorder (the root is 0). A node is either a word (a preterminal:
 * the model's leaf classifier on the word's vector) or joins exactly two children (the
 * model's composition); a sentence of n tokens has 2n − 1 nodes.
 *
 * <p>
 * The cached text ({@link #encode()}, format {@value #FORMAT}) is one line of four fields
 * separated by spaces and then the tokens:
 * {@code a1 SHAPE PROBABILITIES word/TAG word/TAG ...}. SHAPE is the tree in preorder,
 * one character a node: {@code (} for a node with two children, {@code .} for a word (no
 * closing brackets: a full binary tree needs none). PROBABILITIES is the base64 of five
 * bytes a node in the same order, p0..p4 each rounded to a multiple of 1/255. A word's
 * whitespace becomes U+00A0 (CoreNLP's tokenizer already does so) and its tag follows the
 * last {@code /}.
 */
public final class SentenceAnalysis {

	/** The version of the cached text; a change of it is a change of the cache. */
	public static final String FORMAT = "a1";

	private static final int CLASSES = 5;

	private final String[] words;

	private final String[] tags;

	/** Left and right child in preorder, −1 for a word. */
	private final int[] left;

	private final int[] right;

	/** Token span [start, end) of each node. */
	private final int[] start;

	private final int[] end;

	private final byte[] probabilities;

	private SentenceAnalysis(String[] words, String[] tags, String shape, byte[] probabilities) {
		int nodes = shape.length();
		if (probabilities.length != CLASSES * nodes) {
			throw new IllegalArgumentException("expected " + CLASSES * nodes + " probabilities for " + nodes
					+ " nodes, got " + probabilities.length);
		}
		this.words = words;
		this.tags = tags;
		this.probabilities = probabilities;
		this.left = new int[nodes];
		this.right = new int[nodes];
		this.start = new int[nodes];
		this.end = new int[nodes];
		int[] cursor = { 0, 0 }; // next node, next token
		build(shape, cursor);
		if (cursor[0] != nodes || cursor[1] != words.length) {
			throw new IllegalArgumentException("the shape " + shape + " does not fit " + words.length + " tokens");
		}
	}

	private int build(String shape, int[] cursor) {
		int node = cursor[0]++;
		if (node >= shape.length()) {
			throw new IllegalArgumentException("the shape " + shape + " ends too soon");
		}
		this.start[node] = cursor[1];
		if (shape.charAt(node) == '.') {
			this.left[node] = -1;
			this.right[node] = -1;
			cursor[1]++;
		}
		else if (shape.charAt(node) == '(') {
			this.left[node] = build(shape, cursor);
			this.right[node] = build(shape, cursor);
		}
		else {
			throw new IllegalArgumentException("unexpected '" + shape.charAt(node) + "' in the shape " + shape);
		}
		this.end[node] = cursor[1];
		return node;
	}

	/**
	 * The analysis of a sentence from CoreNLP's annotations.
	 * @param sentimentTree the sentence's {@code SentimentAnnotatedTree}
	 * @param tokens the sentence's tokens, tagged
	 */
	static SentenceAnalysis of(Tree sentimentTree, List<CoreLabel> tokens) {
		StringBuilder shape = new StringBuilder();
		List<Tree> nodes = new ArrayList<>();
		preorder(sentimentTree, shape, nodes);
		byte[] quantised = new byte[CLASSES * nodes.size()];
		for (int i = 0; i < nodes.size(); i++) {
			SimpleMatrix p = RNNCoreAnnotations.getPredictions(nodes.get(i));
			for (int k = 0; k < CLASSES; k++) {
				quantised[CLASSES * i + k] = (byte) Math.round(255 * p.get(k));
			}
		}
		String[] words = new String[tokens.size()];
		String[] tags = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).word();
			tags[i] = tokens.get(i).tag();
		}
		return new SentenceAnalysis(words, tags, shape.toString(), quantised);
	}

	private static void preorder(Tree node, StringBuilder shape, List<Tree> nodes) {
		nodes.add(node);
		if (node.isPreTerminal()) {
			shape.append('.');
			return;
		}
		if (node.numChildren() != 2) {
			throw new IllegalArgumentException(
					"not a binarised sentiment tree: a node with " + node.numChildren() + " children in " + node);
		}
		shape.append('(');
		preorder(node.getChild(0), shape, nodes);
		preorder(node.getChild(1), shape, nodes);
	}

	/** The cached text: {@code a1 SHAPE PROBABILITIES word/TAG ...}. */
	public String encode() {
		StringBuilder out = new StringBuilder(FORMAT).append(' ').append(shape()).append(' ');
		out.append(Base64.getEncoder().withoutPadding().encodeToString(this.probabilities));
		for (int i = 0; i < this.words.length; i++) {
			out.append(' ').append(this.words[i].replaceAll("\\s", "\u00A0")).append('/').append(this.tags[i]);
		}
		return out.toString();
	}

	/** Reads {@link #encode()}'s text back. */
	public static SentenceAnalysis decode(String text) {
		String[] f = text.split(" ");
		if (f.length < 4 || !FORMAT.equals(f[0])) {
			throw new IllegalArgumentException("not a sentence analysis of format " + FORMAT + ": " + text);
		}
		String[] words = new String[f.length - 3];
		String[] tags = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			String token = f[3 + i];
			int cut = token.lastIndexOf('/');
			words[i] = token.substring(0, cut);
			tags[i] = token.substring(cut + 1);
		}
		return new SentenceAnalysis(words, tags, f[1], Base64.getDecoder().decode(f[2]));
	}

	/** Bytes of the cached text in UTF-8. */
	public int encodedBytes() {
		return encode().getBytes(StandardCharsets.UTF_8).length;
	}

	private String shape() {
		StringBuilder shape = new StringBuilder(nodes());
		for (int node = 0; node < nodes(); node++) {
			shape.append(isWord(node) ? '.' : '(');
		}
		return shape.toString();
	}

	public int tokens() {
		return this.words.length;
	}

	public String word(int token) {
		return this.words[token];
	}

	public String tag(int token) {
		return this.tags[token];
	}

	public int nodes() {
		return this.left.length;
	}

	public boolean isWord(int node) {
		return this.left[node] < 0;
	}

	public int left(int node) {
		return this.left[node];
	}

	public int right(int node) {
		return this.right[node];
	}

	/** The first token of the node's span. */
	public int start(int node) {
		return this.start[node];
	}

	/** One past the last token of the node's span. */
	public int end(int node) {
		return this.end[node];
	}

	public int span(int node) {
		return this.end[node] - this.start[node];
	}

	/** The node's class probability as cached (a multiple of 1/255). */
	public double probability(int node, int k) {
		return (this.probabilities[CLASSES * node + k] & 0xFF) / 255.0;
	}

	/**
	 * The node's expected class rescaled to [−1, 1], as Tenor scores a sentence, from the
	 * cached probabilities renormalised (rounding can leave their sum off 1 by 1%).
	 */
	public double score(int node) {
		double sum = 0;
		double expected = 0;
		for (int k = 0; k < CLASSES; k++) {
			double p = probability(node, k);
			sum += p;
			expected += k * p;
		}
		return (expected / sum - 2) / 2;
	}

}
