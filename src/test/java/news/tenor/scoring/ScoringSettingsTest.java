package news.tenor.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScoringSettingsTest {

	@Test
	void sentenceScoresDependOnTheParserOnlyCommentScoresAlsoOnTheLimit() {
		ScoringSettings sr80 = new ScoringSettings(ParserChoice.SR, 80);
		ScoringSettings sr120 = new ScoringSettings(ParserChoice.SR, 120);
		ScoringSettings pcfg80 = new ScoringSettings(ParserChoice.PCFG, 80);
		assertThat(sr80.sentenceModelKey()).isEqualTo("corenlp-4.5.10/sr").isEqualTo(sr120.sentenceModelKey());
		assertThat(pcfg80.sentenceModelKey()).isEqualTo("corenlp-4.5.10/pcfg");
		assertThat(sr80.modelKey()).isEqualTo("corenlp-4.5.10/sr/maxlen-80");
		assertThat(sr120.modelKey()).isNotEqualTo(sr80.modelKey());
	}

	@Test
	void theCoreNlpVersionComesFromTheJarOnTheClasspath() {
		assertThat(ScoringSettings.CORENLP_VERSION).isEqualTo("4.5.10");
	}

	@Test
	void parsersAreChosenByName() {
		assertThat(ParserChoice.of(" SR ")).isEqualTo(ParserChoice.SR);
		assertThat(ParserChoice.of("pcfg")).isEqualTo(ParserChoice.PCFG);
		assertThatIllegalArgumentException().isThrownBy(() -> ParserChoice.of("neural"))
			.withMessage("unknown parser 'neural' (choose sr or pcfg)");
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoringSettings(ParserChoice.SR, 0));
	}

}
