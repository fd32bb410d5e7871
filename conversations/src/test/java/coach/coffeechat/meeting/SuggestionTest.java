package coach.coffeechat.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SuggestionTest {

    @Test
    void aNameAloneHasNoRoleOrOrganisation() {
        assertThat(Suggestion.parseAll("Bo Chen")).containsExactly(Suggestion.of("Bo Chen", "", ""));
    }

    @Test
    void roleAndOrganisationAreReadAfterACommaAroundAt() {
        assertThat(Suggestion.parseAll("Bo Chen, Head of Design at Globex Studio"))
                .containsExactly(Suggestion.of("Bo Chen", "Head of Design", "Globex Studio"));
    }

    @Test
    void aSecondCommaOrParenthesesOrALeadingAtAreUnderstoodToo() {
        assertThat(Suggestion.parseAll("Bo Chen, designer, Globex\nDee Park (nurse at City Hospital)\nCy Wu, at Initech"))
                .containsExactly(Suggestion.of("Bo Chen", "designer", "Globex"),
                        Suggestion.of("Dee Park", "nurse", "City Hospital"),
                        Suggestion.of("Cy Wu", "", "Initech"));
    }

    @Test
    void semicolonsSeparatePeopleAndBulletsAndBlankLinesAreIgnored() {
        assertThat(Suggestion.parseAll("- Bo Chen\n\n2. Dee Park; \u2022 Cy Wu\r\n  "))
                .extracting(Suggestion::name).containsExactly("Bo Chen", "Dee Park", "Cy Wu");
    }

    @Test
    void aRoleWithoutOrganisationStaysARole() {
        assertThat(Suggestion.parseAll("Bo Chen, recruiter")).containsExactly(Suggestion.of("Bo Chen", "recruiter", ""));
    }

    @Test
    void nothingTypedIsNobody() {
        assertThat(Suggestion.parseAll("")).isEmpty();
        assertThat(Suggestion.parseAll(" \n ; ")).isEmpty();
    }
}
