package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestCoach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WhyClauseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            you moved from teaching into UX research         | you moved from teaching into UX research
            You moved from teaching into UX research.        | you moved from teaching into UX research
            Because you run the usability lab!               | you run the usability lab
            I'm asking you because you wrote the style guide | you wrote the style guide
            How they moved from teaching into research       | of how you moved from teaching into research
            Their talk on accessibility at UXConf            | of your talk on accessibility at UXConf
            your path is the one I hope to follow            | your path is the one I hope to follow
            Acme's usability lab is the best in town         | Acme's usability lab is the best in town
            you lead a team and they ship weekly             | you lead a team and they ship weekly
            '   '                                            | ''
            """)
    void aNoteBecomesAClauseThatFollowsBecauseAndSpeaksToTheReader(String note, String clause) {
        assertThat(WhyClause.of(TestCoach.TEXTS, note)).isEqualTo(clause);
    }
}
