package news.tenor.scoring;

import java.util.Locale;

/**
 * The constituency parser under the sentiment model. Both feed the same RNTN sentiment
 * model; README ("Scoring") gives the accuracy and throughput measured for each, and why
 * the shift-reduce parser is the default.
 */
public enum ParserChoice {

	/**
	 * CoreNLP's shift-reduce parser ({@code models-english}): about ten times faster than
	 * the PCFG parser, as accurate under the sentiment model.
	 */
	SR("edu/stanford/nlp/models/srparser/englishSR.ser.gz", "shift-reduce parser", 900, 1100),

	/** CoreNLP's default PCFG parser ({@code models}). */
	PCFG("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz", "PCFG parser", 600, 800);

	private final String model;

	private final String label;

	private final int minimumHeapMb;

	private final int calibratedHeapMb;

	ParserChoice(String model, String label, int minimumHeapMb, int calibratedHeapMb) {
		this.model = model;
		this.label = label;
		this.minimumHeapMb = minimumHeapMb;
		this.calibratedHeapMb = calibratedHeapMb;
	}

	/** The parser's name for people. */
	public String label() {
		return this.label;
	}

	/**
	 * The smallest heap ({@code -Xmx}, in MB) a local run with this parser completed in
	 * (README, "Executor sizing").
	 */
	public int minimumHeapMb() {
		return this.minimumHeapMb;
	}

	/**
	 * The heap to give a run with the calibrated scorer, which also loads the language
	 * detector's models and, with mentions on, the named-entity recogniser's: about 200
	 * MB over what completed (README, "Executor sizing").
	 */
	public int calibratedHeapMb() {
		return this.calibratedHeapMb;
	}

	/** The {@code parse.model} CoreNLP loads for this parser. */
	public String model() {
		return this.model;
	}

	public static ParserChoice of(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown parser '" + name + "' (choose sr or pcfg)");
		}
	}

}
