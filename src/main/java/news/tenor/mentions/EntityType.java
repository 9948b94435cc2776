package news.tenor.mentions;

/**
 * What a named entity is, in the newsroom's words. CoreNLP's 3-class model gives
 * {@code PERSON}, {@code ORGANIZATION} and {@code LOCATION}; the 4-class model also gives
 * {@code MISC} (nationalities, events, works), which Tenor leaves out: "Americans" and
 * "the Olympics" are not who readers talk about.
 */
public enum EntityType {

	PERSON("Person", 'P'), ORGANISATION("Organisation", 'O'), PLACE("Place", 'L');

	private final String label;

	private final char code;

	EntityType(String label, char code) {
		this.label = label;
		this.code = code;
	}

	/** The name editors see: Person, Organisation, Place. */
	public String label() {
		return this.label;
	}

	/** One letter in the cached text. */
	char code() {
		return this.code;
	}

	static EntityType ofCode(char code) {
		for (EntityType type : values()) {
			if (type.code == code) {
				return type;
			}
		}
		throw new IllegalArgumentException("no entity type '" + code + "'");
	}

	/**
	 * The type of a CoreNLP NER tag, or {@code null} for a tag Tenor does not keep
	 * ({@code O}, {@code MISC}, and the numeric and temporal tags, which Tenor's
	 * configuration does not produce).
	 */
	public static EntityType ofCoreNlp(String tag) {
		if (tag == null) {
			return null;
		}
		return switch (tag) {
			case "PERSON" -> PERSON;
			case "ORGANIZATION" -> ORGANISATION;
			// LOCATION is CoreNLP's coarse tag; CITY, COUNTRY and STATE_OR_PROVINCE are
			// what
			// the fine-grained rules make of it (off in Tenor's configuration)
			case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> PLACE;
			default -> null;
		};
	}

}
