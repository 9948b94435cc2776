package news.tenor.archive.generate;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Words and sentence templates for generated articles and comments. Templates hold slots
 * such as {@code {person}} filled from the lists below; with several dozen templates and
 * lists of dozens of words, most generated sentences are new (as in a real archive, where
 * the sentence cache hits on stock phrases and quotes, not on everything), while a few
 * stock comment phrases recur as they do under real articles.
 */
final class Vocabulary {

	static final List<String> SOURCES = List.of("Japan Today", "Kansai Herald", "Tokyo Evening Post", "Pacific Ledger",
			"Hokkaido Shimbun English", "Nagoya Times");

	static final List<String> CATEGORIES = List.of("politics", "business", "crime", "national", "sports",
			"entertainment", "tech", "world", "lifestyle", "Health & Science", "travel", "opinion", "education");

	static final List<String> AGENCIES = List.of("KYODO", "AFP", "AP", "REUTERS", "JIJI", "Bloomberg");

	static final List<String> PUBLISHERS = List.of("GPlusMedia Inc.", "Kansai Herald Co.", "Pacific Ledger Ltd.",
			"Evening Post Media", "Hokkaido News Group", "Nagoya Times KK");

	static final List<String> PHOTOGRAPHERS = List.of("Jonathan Ernst", "Kim Kyung-Hoon", "Issei Kato",
			"Franck Robichon", "Eugene Hoshiko", "Kazuhiro Nogi", "Yuichi Yamazaki", "Shuji Kajiyama", "Toru Hanai");

	static final Map<String, List<String>> WORDS = Map.ofEntries(
			Map.entry("person", List.of("Prime Minister Sanae Takaichi", "Defense Minister Shinjiro Koizumi",
					"Finance Minister Katsunobu Kato", "Tokyo Governor Yuriko Koike", "Osaka Mayor Hideyuki Yokoyama",
					"Chief Cabinet Secretary Minoru Kihara", "Foreign Minister Toshimitsu Motegi",
					"Bank of Japan Governor Kazuo Ueda", "Pete Hegseth", "President Donald Trump", "Emmanuel Macron",
					"José Álvarez", "Chloé Martin", "Jürgen Müller", "Zoë Clarke", "Haruki Tanaka", "Aiko Suzuki",
					"Kenji Watanabe", "Yumi Nakamura", "Daisuke Ito", "Mariko Yamamoto", "Takeshi Kobayashi",
					"Naomi Saito", "Hiroshi Yoshida", "Emi Sasaki", "Ryo Matsumoto", "Sakura Inoue", "Sota Kimura",
					"Mei Hayashi", "Koji Shimizu", "Lena Park", "Oliver Grant", "Priya Raman", "Carlos Mendes",
					"Ingrid Solberg", "Tomasz Nowak", "Amara Okafor", "Li Wei", "Nguyen Thi Lan", "François Dubois")),
			Map.entry("role",
					List.of("spokesperson", "chairman", "chief executive", "minister", "governor", "professor",
							"analyst", "union leader", "mayor", "director", "senior researcher", "prosecutor",
							"head coach", "economist", "ambassador")),
			Map.entry("org",
					List.of("the Liberal Democratic Party", "the Constitutional Democratic Party", "Komeito",
							"the health ministry", "the transport ministry", "the Bank of Japan", "Toyota", "Sony",
							"Nintendo", "SoftBank", "Japan Airlines", "the Tokyo Metropolitan Government",
							"the Osaka prefectural government", "the Self-Defense Forces", "the Pentagon",
							"the European Union", "the United Nations", "Rakuten", "Fast Retailing", "Panasonic",
							"the Japan Meteorological Agency", "the national police agency", "JR East",
							"the fisheries cooperative", "the teachers union", "the city council", "the Supreme Court",
							"the education board", "Tokyo Electric Power", "Seven & i")),
			Map.entry("place",
					List.of("Tokyo", "Osaka", "Kyoto", "Sapporo", "Fukuoka", "Nagoya", "Okinawa", "Hiroshima", "Sendai",
							"Kobe", "Yokohama", "Nara", "Kanazawa", "Niigata", "Washington", "Beijing", "Seoul",
							"Taipei", "Manila", "São Paulo", "Zürich", "Paris", "Berlin", "London", "Sydney",
							"Hokkaido", "Kyushu", "Shikoku", "Shinjuku", "Shibuya", "Akihabara", "Ginza", "Kamakura",
							"Hakone", "Nikko")),
			Map.entry("topic", List.of("the defense budget", "rice prices", "the consumption tax", "the weak yen",
					"inbound tourism", "the birth rate", "nursing care", "the pension system", "nuclear power",
					"the Osaka expo", "school bullying", "wage growth", "housing costs", "the labor shortage",
					"foreign workers", "bear sightings", "the typhoon season", "train delays",
					"the shinkansen extension", "plastic waste", "remote work", "the election campaign",
					"political donations", "the alliance with Washington", "regional banks", "semiconductor subsidies",
					"the earthquake warning", "overtourism in Kyoto", "cashless payments", "the tuna catch",
					"hay fever", "drunk driving", "scam calls", "the Olympics bid", "daycare waiting lists",
					"vacant houses", "the minimum wage", "military spending", "trade tariffs", "electric vehicles",
					"the heat wave", "the anime industry", "baseball attendance", "hospital closures",
					"the rice harvest", "digital ID cards", "the civil service exam", "crime statistics",
					"the stock market", "energy bills")),
			Map.entry("verb_past",
					List.of("announced", "criticized", "approved", "rejected", "postponed", "defended", "questioned",
							"welcomed", "expanded", "cut", "reviewed", "proposed", "blocked", "endorsed",
							"investigated", "downplayed", "reversed", "revised", "praised", "warned about")),
			Map.entry("verb",
					List.of("fix", "explain", "ignore", "fund", "reform", "scrap", "support", "delay", "investigate",
							"rethink", "raise", "lower", "protect", "regulate", "tax", "subsidize", "privatize", "ban",
							"promote", "review")),
			Map.entry("adj_pos",
					List.of("excellent", "sensible", "encouraging", "refreshing", "brilliant", "reasonable",
							"impressive", "long overdue", "fair", "wonderful", "smart", "helpful", "honest",
							"promising", "great")),
			Map.entry("adj_neg",
					List.of("ridiculous", "pathetic", "shameful", "outrageous", "useless", "embarrassing",
							"disappointing", "absurd", "reckless", "corrupt", "dishonest", "hopeless", "awful", "naive",
							"tone-deaf")),
			Map.entry("adj", List.of("new", "controversial", "long-awaited", "revised", "temporary", "joint", "local",
					"national", "record", "emergency", "annual", "special", "proposed", "planned", "unexpected")),
			Map.entry("when",
					List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
							"on Sunday", "last week", "earlier this month", "this year", "over the weekend",
							"late last year", "in the spring", "next fiscal year")),
			Map.entry("number",
					List.of("two", "three", "five", "seven", "ten", "a dozen", "20", "30", "45", "60", "100",
							"several hundred", "1,200", "thousands of")),
			Map.entry("percent", List.of("1.5", "2", "3.8", "5", "7", "12", "18", "25", "40", "50")),
			Map.entry("feel",
					List.of("think", "believe", "doubt", "suspect", "feel", "am not convinced", "am sure", "wonder if",
							"hope", "fear")),
			Map.entry("intensifier",
					List.of("really", "absolutely", "truly", "completely", "frankly", "honestly", "totally", "quite",
							"simply", "hardly")),
			Map.entry("people",
					List.of("taxpayers", "young people", "pensioners", "commuters", "small businesses", "farmers",
							"tourists", "parents", "nurses", "voters", "foreign residents", "students", "workers",
							"landlords", "drivers")));

	static final List<String> HEADLINES = List.of("{org} {verb_past} plan on {topic}",
			"{person} to visit {place} amid debate over {topic}", "{place} braces for {topic} as {org} acts",
			"{org} says {topic} will cost {number} billion yen", "Survey: {percent}% worry about {topic}",
			"{person} {verb_past} {org} over {topic}", "{adj} measures on {topic} take effect in {place}",
			"{place} residents protest {topic}", "{org} and {org} agree on {topic}", "Why {topic} matters for {people}",
			"{person} faces questions on {topic}", "{number} arrested in {place} over {topic}",
			"{org} unveils {adj} approach to {topic}", "{place} hit by {topic}, {org} responds",
			"Experts split on {topic} in {place}");

	static final List<String> NEWS = List.of(
			"{person} {verb_past} the {adj} policy on {topic} {when}, saying {people} deserved better.",
			"{org} {verb_past} a plan to {verb} {topic}, according to officials in {place}.",
			"The {role} of {org} told reporters {when} that {topic} would be reviewed before the end of the year.",
			"About {percent} percent of {people} surveyed said {topic} was their biggest concern.",
			"Critics argue that {topic} has been neglected for years while {org} focused on {topic}.",
			"The {adj} measure is expected to affect {number} {people} across {place}.",
			"{person} said {org} had no intention of changing course on {topic}.",
			"Police in {place} said {number} people were questioned in connection with {topic}.",
			"The decision came after months of pressure from {people} in {place} and {place}.",
			"{org} will present its {adj} proposal on {topic} to lawmakers {when}.",
			"Officials said the cost of {topic} had risen by {percent} percent since last year.",
			"In {place}, local leaders called on {org} to {verb} {topic} without further delay.",
			"The talks in {place} also touched on {topic} and {topic}, a senior official said.",
			"{person} is expected to brief {org} on {topic} and the outlook for {people}.",
			"Analysts at {org} said {topic} could weigh on growth through next fiscal year.",
			"{org} {verb_past} the figures {when}, citing concerns over {topic}.",
			"Residents of {place} have long complained that {topic} is ignored by {org}.",
			"The {role} said {people} would see the first effects of the change {when}.",
			"{person} and {person} met in {place} {when} to discuss {topic}.",
			"According to {org}, {number} {people} applied for support related to {topic}.",
			"The plan, which {org} {verb_past} {when}, aims to {verb} {topic} within three years.",
			"Opposition lawmakers said the government had failed to {verb} {topic}.",
			"A spokesperson for {org} declined to comment on {topic} {when}.",
			"The {adj} report from {org} warned that {topic} could worsen if nothing is done.");

	static final List<String> OPINIONS = List.of(
			"This is {intensifier} {adj_neg} for {people} in {place}, and {person} knows it.",
			"What a truly {adj_pos} decision by {org} on {topic}, finally some good news for {place}.",
			"I {feel} {org} will ever {verb} {topic}.",
			"{person} has been {adj_neg} about {topic} for years, ask anyone in {place}.",
			"Good to see {org} taking {topic} seriously for once, {people} in {place} waited long enough.",
			"Why would anyone {verb} {topic} in {place} when {people} are struggling {when}?",
			"As someone living in {place}, I can tell you {topic} is {intensifier} {adj_neg}.",
			"Another {adj_neg} move on {topic} by {org} that ignores {people} in {place} completely.",
			"{topic} is the real issue in {place}, not what {person} said {when}.",
			"The media keeps talking about {topic} but nobody asks {people} in {place} what they think of {org}.",
			"Honestly this is a {intensifier} {adj_pos} step for {people} and I hope {place} follows with {topic}.",
			"So {org} wants to {verb} {topic} and expects {people} to pay for it.",
			"I used to live near {place} and {topic} was {intensifier} {adj_neg} even then.",
			"Typical {org}: {adj_neg} promises {when} and no plan for {topic} in {place}.",
			"Maybe {person} should spend a week in {place} with {people} before talking about {topic}.",
			"{percent} percent? I {feel} the numbers {org} published {when} on {topic} are right.",
			"Fair play to {person}, that was {intensifier} {adj_pos} on {topic} {when}.",
			"{people} in {place} deserve better than this {adj_neg} approach to {topic}.",
			"If {org} cannot {verb} {topic} for {people} in {place}, who can?",
			"Nothing will change in {place} until {people} stop voting for {org} over {topic}.",
			"My neighbours in {place} have been saying {topic} is {intensifier} {adj_neg} since {person} took over.",
			"It is {adj_pos} that someone finally raised {topic} with {org} {when} on behalf of {people}.",
			"The comments here about {topic} in {place} are {intensifier} {adj_neg}, as usual for {org}.",
			"Let's see if {org} actually does anything about {topic} for {people} in {place} this time.",
			"{person} is {intensifier} {adj_pos} on {topic}, whatever the critics in {place} say.",
			"Wake me up when {org} stops talking about {topic} and acts for {people} in {place}.",
			"Who in {place} exactly asked {org} for {topic}, certainly not {people}?",
			"I don't see how the plan of {org} on {topic} helps {people} in {place} at all.",
			"{org} could learn a lot from how {place} handled {topic} {when}.",
			"It's {adj_pos} news for {people} in {place} that {org} moved on {topic}.",
			"Pay attention to who benefits from {topic} in {place} under {org}: it is never {people}.",
			"The real question is why {org} waited so long on {topic} while {people} in {place} paid for it.");

	/** Short stock replies: they recur under many articles, as real ones do. */
	static final List<String> STOCK = List.of("Well said.", "Agreed.", "Exactly.", "Nonsense.", "So true.",
			"Thank you.", "Good.", "Not again.", "Typical.", "Spot on.", "Sad.", "Finally!", "Wow.", "Makes sense.",
			"No surprise there.");

	/** Japanese comments: a place and a topic word in a handful of frames. */
	static final List<String> JAPANESE = List.of("{jplace}の{jtopic}は本当に問題だと思います。", "{jtopic}についての説明が足りない。",
			"{jplace}に住んでいますが、{jtopic}はもっと深刻です。", "政府はもっと早く{jtopic}に取り組むべきだった。", "{jtopic}のニュースを見て安心しました。");

	static final Map<String, List<String>> JAPANESE_WORDS = Map.of("jplace",
			List.of("東京", "大阪", "京都", "札幌", "福岡", "名古屋", "沖縄", "広島", "仙台", "神戸"), "jtopic",
			List.of("物価", "防衛費", "少子化", "年金", "観光客", "米の値段", "円安", "介護", "地震対策", "最低賃金"));

	static final List<String> EMOJI = List.of("👍", "😂", "🙄", "😡", "🤔", "👏", "😢", "🇯🇵", "💯", "🎌");

	static final List<String> URL_HOSTS = List.of("https://www3.nhk.or.jp/nhkworld/en/news/",
			"https://asia.nikkei.com/politics/", "https://www.nippon.com/en/japan-data/",
			"https://www.japantimes.co.jp/news/", "https://mainichi.jp/english/articles/",
			"https://en.wikipedia.org/wiki/", "www.stat.go.jp/english/data/");

	private Vocabulary() {
	}

	static String pick(RandomGenerator random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	/** Fills the {@code {slot}} placeholders of a template. */
	static String fill(RandomGenerator random, String template, Map<String, List<String>> words) {
		StringBuilder out = new StringBuilder(template.length() + 64);
		int i = 0;
		while (i < template.length()) {
			char c = template.charAt(i);
			int close = c == '{' ? template.indexOf('}', i) : -1;
			if (close < 0) {
				out.append(c);
				i++;
				continue;
			}
			out.append(pick(random, words.get(template.substring(i + 1, close))));
			i = close + 1;
		}
		String s = out.toString();
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

}
