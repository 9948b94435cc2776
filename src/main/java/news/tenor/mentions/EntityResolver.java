package news.tenor.mentions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name per entity: links the mentions of a run, article by article, to canonical
 * entities. Within an article (its title, caption, body and comments together):
 * <ol>
 * <li>a mention's name is its words without a possessive ({@code 's}, {@code ’s}), the
 * titles before a person's name (Mr., Ms., Mrs., Dr., Prime Minister, President,
 * Governor, Minister, Secretary, Chairman, Senator, Gov., Sen., Rep., ... and "Defense
 * Minister", "Chief Cabinet Secretary" and the like), "junior", "Jr." and "Sr." after it,
 * and a leading "the"; case, Unicode form, curly apostrophes and the dots of an acronym
 * ("U.S." is "US") do not count;</li>
 * <li>mentions of the same name are one entity, whatever type the recogniser gave each;
 * the entity's type is the one most of its mentions got;</li>
 * <li>an acronym given in brackets after a name ("Liberal Democratic Party (LDP)", "Bank
 * of Japan (BOJ)"), whose letters the name spells in order from its first word's initial
 * (Schwartz and Hearst's rule), is that name;</li>
 * <li>a name whose words all appear, in order, in longer names of the same type links to
 * the longest of them ("Koizumi" to "Shinjiro Koizumi"), unless two longest names that do
 * not contain each other both qualify ("Koizumi" with "Shinjiro Koizumi" and "Junichiro
 * Koizumi" in one article): then it stays on its own.</li>
 * </ol>
 * A name left on its own in its article is then tried against the run: an acronym given
 * in another article, then the longest name of the same type containing it in any
 * article, under the same rule. The entities of the run are identified by canonical name
 * and type, so "Shinjiro Koizumi" in two articles is one entity.
 *
 * <p>
 * What it does not merge (src/test/resources/mentions/NOTES.md): different spellings and
 * transliterations ("Zelensky", "Zelenskyy"), nicknames and first-name forms that are not
 * part of a longer name in the article or run, descriptions ("the defence minister",
 * "Japan's central bank"), pronouns, and names the article does not spell out ("the Fed"
 * and "Federal Reserve", "US" and "United States" unless the article gives "United States
 * (US)").
 */
public final class EntityResolver {

	/** A mention of an article and the sentence it was found in. */
	public record Occurrence(Mention mention, String sentence) {
	}

	/**
	 * A canonical entity of the run.
	 *
	 * @param name the name shown for it: the longest form, as most often written
	 * @param names every name it was mentioned by, as written ("Koizumi", "Shinjiro
	 * Koizumi")
	 */
	public record Entity(String name, EntityType type, List<String> names) {

		public Entity {
			names = List.copyOf(names);
		}

	}

	/**
	 * Words that head a title before a person's name: the title ends with the last of
	 * them in a run of title words ("Prime Minister", "U.S. Defense Secretary", "Bank of
	 * Japan Governor", "Mr.").
	 */
	private static final Set<String> TITLE_HEADS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
			"sir", "dame", "lord", "lady", "minister", "president", "governor", "gov", "secretary", "chairman",
			"chairwoman", "chair", "chairperson", "senator", "sen", "rep", "representative", "congressman",
			"congresswoman", "mayor", "chancellor", "premier", "king", "queen", "emperor", "empress", "prince",
			"princess", "pope", "general", "gen", "judge", "justice", "speaker", "lt", "col", "capt", "sgt", "adm",
			"commissioner", "ambassador", "ceo", "leader", "spokesman", "spokeswoman", "spokesperson");

	/**
	 * Words that may stand in a title before its head: "Chief Cabinet", "Vice", "former".
	 */
	private static final Set<String> TITLE_WORDS = Set.of("prime", "vice", "deputy", "chief", "cabinet", "former", "ex",
			"acting", "defense", "defence", "foreign", "finance", "economy", "trade", "health", "interior", "home",
			"state", "of", "the", "u.s.", "us", "uk", "japanese", "american", "british", "chinese", "bank", "japan",
			"boj", "opposition", "party", "executive", "general", "attorney", "supreme", "court", "majority",
			"minority", "house", "senate", "city", "prefectural", "tokyo", "osaka");

	/**
	 * After a person's name: "Koizumi junior", "Jr.", Japanese honorifics written apart.
	 */
	private static final Set<String> SUFFIXES = Set.of("junior", "jr", "sr", "senior", "ii", "iii", "san", "sama",
			"shi", "kun", "chan");

	/** Japanese honorifics written on the name: "Koizumi-san". */
	private static final Pattern HONORIFIC = Pattern.compile("(?i)-(san|sama|shi|kun|chan)$");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * Links every mention of the run. The result holds, for each article in the order
	 * given, the entity of each of its occurrences in their order.
	 * @param articles the mentions of each article (title, caption, body and comments)
	 */
	public List<List<Entity>> resolve(List<List<Occurrence>> articles) {
		List<ArticleNames> perArticle = new ArrayList<>();
		Map<String, String> runAcronyms = new HashMap<>();
		for (List<Occurrence> occurrences : articles) {
			ArticleNames names = new ArticleNames(occurrences);
			perArticle.add(names);
			names.acronyms.forEach(runAcronyms::putIfAbsent);
		}
		for (ArticleNames names : perArticle) {
			names.linkWithin();
		}
		// the names of the run that other names can link to: each article's canonical
		// ones
		Map<String, Name> runNames = new LinkedHashMap<>();
		for (ArticleNames names : perArticle) {
			for (Name name : names.names.values()) {
				if (name.linkedTo == null) {
					runNames.merge(name.key + "\n" + name.type(), name, (a, b) -> a);
				}
			}
		}
		for (ArticleNames names : perArticle) {
			names.linkToRun(runAcronyms, runNames);
		}
		// one entity per canonical name and type across the run, with every form seen
		Map<String, List<Name>> byCanonical = new LinkedHashMap<>();
		for (ArticleNames names : perArticle) {
			for (Name name : names.names.values()) {
				byCanonical.computeIfAbsent(name.canonicalKey(), (k) -> new ArrayList<>()).add(name);
			}
		}
		Map<String, Entity> entities = new HashMap<>();
		for (Map.Entry<String, List<Name>> group : byCanonical.entrySet()) {
			entities.put(group.getKey(), entity(group.getValue()));
		}
		List<List<Entity>> resolved = new ArrayList<>();
		for (ArticleNames names : perArticle) {
			List<Entity> forArticle = new ArrayList<>();
			for (Name name : names.byOccurrence) {
				forArticle.add(entities.get(name.canonicalKey()));
			}
			resolved.add(forArticle);
		}
		return resolved;
	}

	private static Entity entity(List<Name> names) {
		Name canonical = names.get(0).canonical();
		Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
		Map<String, Integer> forms = new LinkedHashMap<>();
		Map<String, Integer> canonicalForms = new LinkedHashMap<>();
		Set<Name> roots = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Name name : names) {
			for (Map.Entry<String, Integer> form : name.forms.entrySet()) {
				forms.merge(form.getKey(), form.getValue(), Integer::sum);
			}
			name.votes.forEach((type, n) -> votes.merge(type, n, Integer::sum));
			Name root = name.canonical();
			if (roots.add(root)) {
				root.forms.forEach((form, n) -> canonicalForms.merge(form, n, Integer::sum));
			}
		}
		// the names linked to it vote for the entity's type as well
		EntityType type = majority(votes, canonical.type());
		String shown = mostFrequent(canonicalForms);
		return new Entity(shown != null ? shown : canonical.shown(), type, new ArrayList<>(forms.keySet()));
	}

	private static EntityType majority(Map<EntityType, Integer> votes, EntityType fallback) {
		EntityType best = fallback;
		int most = votes.getOrDefault(fallback, 0);
		for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
			if (vote.getValue() > most) {
				best = vote.getKey();
				most = vote.getValue();
			}
		}
		return best;
	}

	private static String mostFrequent(Map<String, Integer> forms) {
		String best = null;
		int most = 0;
		for (Map.Entry<String, Integer> form : forms.entrySet()) {
			// ties: the one written with capitals (a name), then the first seen
			if (form.getValue() > most
					|| form.getValue() == most && best != null && !hasCapital(best) && hasCapital(form.getKey())) {
				best = form.getKey();
				most = form.getValue();
			}
		}
		return best;
	}

	private static boolean hasCapital(String text) {
		return text.chars().anyMatch(Character::isUpperCase);
	}

	/** The names of one article. */
	private static final class ArticleNames {

		final Map<String, Name> names = new LinkedHashMap<>();

		final List<Name> byOccurrence = new ArrayList<>();

		/**
		 * Acronym (key) to the key of the name it stands for, as the article gives it.
		 */
		final Map<String, String> acronyms = new HashMap<>();

		ArticleNames(List<Occurrence> occurrences) {
			for (Occurrence occurrence : occurrences) {
				List<String> words = nameWords(occurrence.mention());
				String key = key(words);
				Name name = this.names.computeIfAbsent(key, Name::new);
				name.vote(occurrence.mention().type(), String.join(" ", words));
				this.byOccurrence.add(name);
			}
			for (Occurrence occurrence : occurrences) {
				findAcronym(occurrence);
			}
		}

		/** "Name (ACR)" in the sentence right after the mention. */
		private void findAcronym(Occurrence occurrence) {
			if (occurrence.sentence() == null) {
				return;
			}
			Mention mention = occurrence.mention();
			String words = String.join("\\s*", mention.words().stream().map(Pattern::quote).toList());
			Matcher matcher = Pattern.compile(words + "\\s*\\(\\s*([A-Z][A-Za-z.&]{1,9})\\s*\\)")
				.matcher(normalise(occurrence.sentence()));
			while (matcher.find()) {
				String acronym = matcher.group(1);
				String longForm = String.join(" ", nameWords(mention));
				if (uppercaseLetters(acronym) >= 2 && abbreviates(acronym, longForm)) {
					this.acronyms.putIfAbsent(key(List.of(acronym)), key(nameWords(mention)));
				}
			}
		}

		void linkWithin() {
			for (Name name : this.names.values()) {
				String expansion = this.acronyms.get(name.key);
				if (expansion != null && this.names.containsKey(expansion) && !expansion.equals(name.key)) {
					name.linkedTo = this.names.get(expansion);
				}
			}
			for (Name name : this.names.values()) {
				if (name.linkedTo == null) {
					name.linkedTo = longestContaining(name, this.names.values());
				}
			}
		}

		void linkToRun(Map<String, String> runAcronyms, Map<String, Name> runNames) {
			for (Name name : this.names.values()) {
				if (name.linkedTo != null) {
					continue;
				}
				// another article's linked names are not linked to again: only canonical
				// ones
				String expansion = runAcronyms.get(name.key);
				if (expansion != null && !expansion.equals(name.key)) {
					Name target = runNames.get(expansion + "\n" + name.type());
					if (target == null) {
						target = runNames.values()
							.stream()
							.filter((n) -> n.key.equals(expansion))
							.findFirst()
							.orElse(null);
					}
					if (target != null) {
						name.linkedTo = target;
						continue;
					}
				}
				name.linkedTo = longestContaining(name, runNames.values());
			}
		}

	}

	/**
	 * The longest of the names of the same type that hold every word of the name, in
	 * order, or null when none does or two such names do not contain each other.
	 */
	private static Name longestContaining(Name name, Iterable<Name> candidates) {
		List<Name> longer = new ArrayList<>();
		for (Name candidate : candidates) {
			if (candidate != name && candidate.words.length > name.words.length && candidate.type() == name.type()
					&& subsequence(name.words, candidate.words)) {
				longer.add(candidate.canonical());
			}
		}
		if (longer.isEmpty()) {
			return null;
		}
		longer.sort(Comparator.comparingInt((Name n) -> -n.words.length));
		Name longest = longer.get(0);
		for (Name other : longer) {
			if (other != longest && !subsequence(other.words, longest.words)) {
				return null;
			}
		}
		return longest == name ? null : longest;
	}

	private static boolean subsequence(String[] shorter, String[] longer) {
		int at = 0;
		for (String word : longer) {
			if (at < shorter.length && shorter[at].equals(word)) {
				at++;
			}
		}
		return at == shorter.length;
	}

	/**
	 * Schwartz and Hearst's test: the acronym's letters appear in the long form in order,
	 * read from the end, the first at the start of a word.
	 */
	static boolean abbreviates(String acronym, String longForm) {
		String shortForm = acronym.replace(".", "").toLowerCase(Locale.ROOT);
		String longLower = longForm.toLowerCase(Locale.ROOT);
		int s = shortForm.length() - 1;
		int l = longLower.length() - 1;
		while (s >= 0) {
			char c = shortForm.charAt(s);
			if (!Character.isLetterOrDigit(c)) {
				s--;
				continue;
			}
			while (l >= 0 && (longLower.charAt(l) != c
					|| s == 0 && l > 0 && Character.isLetterOrDigit(longLower.charAt(l - 1)))) {
				l--;
			}
			if (l < 0) {
				return false;
			}
			l--;
			s--;
		}
		return true;
	}

	private static int uppercaseLetters(String text) {
		return (int) text.chars().filter(Character::isUpperCase).count();
	}

	/** A name of one article: its key, the forms it was written in, the type votes. */
	private static final class Name {

		final String key;

		final String[] words;

		final Map<String, Integer> forms = new LinkedHashMap<>();

		final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);

		EntityType firstType;

		Name linkedTo;

		Name(String key) {
			this.key = key;
			this.words = key.isEmpty() ? new String[0] : key.split(" ");
		}

		void vote(EntityType type, String form) {
			if (this.firstType == null) {
				this.firstType = type;
			}
			this.votes.merge(type, 1, Integer::sum);
			this.forms.merge(form, 1, Integer::sum);
		}

		/** The type most of its mentions got (the first one's on a tie). */
		EntityType type() {
			return majority(this.votes, this.firstType);
		}

		Name canonical() {
			Name name = this;
			// links form no cycles (each goes to a longer name or an expansion), but
			// guard
			for (int hops = 0; name.linkedTo != null && hops < 8; hops++) {
				name = name.linkedTo;
			}
			return name;
		}

		String canonicalKey() {
			Name root = canonical();
			return root.key + "\n" + root.type();
		}

		String shown() {
			String best = mostFrequent(this.forms);
			return best != null ? best : this.key;
		}

	}

	/**
	 * A mention's words as a name: without possessive, titles, "junior", a leading "the".
	 */
	static List<String> nameWords(Mention mention) {
		List<String> words = new ArrayList<>();
		for (String word : mention.words()) {
			String w = normalise(word);
			if (w.endsWith("'s") || w.endsWith("'S")) {
				w = w.substring(0, w.length() - 2);
			}
			else if (w.endsWith("'") && w.length() > 1) {
				w = w.substring(0, w.length() - 1);
			}
			if (!w.isEmpty() && !w.equals("'")) {
				words.add(w);
			}
		}
		if (!words.isEmpty() && lower(words.get(0)).equals("the")) {
			words.remove(0);
		}
		if (mention.type() == EntityType.PERSON) {
			int title = titleLength(words);
			if (title > 0 && title < words.size()) {
				words = new ArrayList<>(words.subList(title, words.size()));
			}
			while (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
				words.remove(words.size() - 1);
			}
			int last = words.size() - 1;
			words.set(last, HONORIFIC.matcher(words.get(last)).replaceFirst(""));
		}
		return words.isEmpty() ? List.of(normalise(mention.text())) : words;
	}

	/**
	 * How many leading words are a title: a run of title words ending with one that heads
	 * a title ("Prime Minister", "Defense Minister", "Chief Cabinet Secretary", "Mr.").
	 */
	private static int titleLength(List<String> words) {
		int end = 0;
		for (int i = 0; i < words.size() - 1; i++) {
			String w = bare(words.get(i));
			if (!TITLE_WORDS.contains(w) && !TITLE_HEADS.contains(w)) {
				break;
			}
			if (TITLE_HEADS.contains(w)) {
				end = i + 1;
			}
		}
		return end;
	}

	private static String bare(String word) {
		return lower(word).replace(".", "");
	}

	private static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	/** The comparison key of a name: lower case, acronym dots gone. */
	static String key(List<String> words) {
		List<String> parts = new ArrayList<>();
		for (String word : words) {
			String w = lower(word);
			// "U.S." and "US": the dots of an acronym do not make another name
			if (word.matches("(\\p{Lu}\\.){2,}\\p{Lu}?\\.?")) {
				w = w.replace(".", "");
			}
			parts.add(w);
		}
		return String.join(" ", parts);
	}

	private static String normalise(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u00A0', ' ');
		return SPACES.matcher(nfc).replaceAll(" ").strip();
	}

}
