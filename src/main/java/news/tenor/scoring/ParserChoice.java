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
	SR("edu/stanford/nlp/models/srparser/englishSR.ser.gz"),

	/** CoreNLP's default PCFG parser ({@code models}). */
	PCFG("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");

	private final String model;

	ParserChoice(String model) {
		this.model = model;
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
