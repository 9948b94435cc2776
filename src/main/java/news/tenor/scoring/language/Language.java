package news.tenor.scoring.language;

import java.util.Locale;

/**
 * The language a sentence or comment is written in, as the workbook shows it: an ISO
 * 639-1 code ({@code "ja"}) and its English name ({@code "Japanese"}).
 * {@link #UNDETERMINED} ({@code "und"}, the code ISO 639-2 keeps for it) is a sentence
 * too short to tell on its own; {@link LanguageDetection#sentences} resolves it from the
 * rest of the comment.
 *
 * @param code ISO 639-1 code, lower case, or {@code "und"}
 * @param name English name of the language
 */
public record Language(String code, String name) {

	public static final Language ENGLISH = new Language("en", "English");

	public static final Language UNDETERMINED = new Language("und", "Undetermined");

	public Language {
		if (code == null || code.isBlank() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("a language needs a code and a name");
		}
	}

	/**
	 * The language of an ISO 639-1 code, named in English by the JDK ({@code "ko"}:
	 * Korean).
	 */
	public static Language of(String code) {
		String lower = code.toLowerCase(Locale.ROOT);
		if (lower.equals(ENGLISH.code)) {
			return ENGLISH;
		}
		if (lower.equals(UNDETERMINED.code)) {
			return UNDETERMINED;
		}
		String name = Locale.forLanguageTag(lower).getDisplayLanguage(Locale.ENGLISH);
		return new Language(lower, name.isEmpty() ? lower : name);
	}

	public boolean isEnglish() {
		return this.equals(ENGLISH);
	}

	/** Whether the sentence said which language it is (and did not need its comment). */
	public boolean isDetermined() {
		return !this.equals(UNDETERMINED);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
