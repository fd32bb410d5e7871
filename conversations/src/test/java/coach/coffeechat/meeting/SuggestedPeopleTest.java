package coach.coffeechat.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link SuggestedPeople}: the people a contact suggested, checked and sorted against the user's contacts. */
final class SuggestedPeopleTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static Contact contact(long id, String name) {
        return new Contact(id, new UserId("maya"), name, "", "", Warmth.WARM, Source.FRIEND, OptionalLong.empty(),
                "", "", "", Stage.IDENTIFIED, NOW, NOW);
    }

    @Test
    void eachNameCountsOnceAndTheFirstMentionWinsWhateverItsCaseOrAccents() {
        SuggestedPeople people = SuggestedPeople.parse(
                "Priya Raman, Head of Research at Acme\nJosé Núñez\npriya raman, someone else\njose nunez (PM)");

        assertThat(people.people()).containsExactly(
                Suggestion.of("Priya Raman", "Head of Research", "Acme"), Suggestion.of("José Núñez", "", ""));
    }

    @Test
    void nobodyTypedIsNobodySuggested() {
        assertThat(SuggestedPeople.parse("").isEmpty()).isTrue();
        assertThat(SuggestedPeople.parse("\n  \n").isEmpty()).isTrue();
        assertThat(SuggestedPeople.parse("").problem()).isEmpty();
    }

    @Test
    void aLineWithoutANameIsTheProblem() {
        assertThat(SuggestedPeople.parse("Priya Raman\n--, researcher").problem())
                .contains(new SuggestedPeople.Problem.NoName("--"));
    }

    @Test
    void aNameRoleOrOrganisationOverAHundredCharactersIsTheProblem() {
        String longName = "P".repeat(101);

        assertThat(SuggestedPeople.parse(longName).problem()).contains(new SuggestedPeople.Problem.TooLong(longName));
        assertThat(SuggestedPeople.parse("Priya, " + "r".repeat(101)).problem())
                .contains(new SuggestedPeople.Problem.TooLong("Priya"));
        assertThat(SuggestedPeople.parse("Priya, researcher, " + "o".repeat(100)).problem()).isEmpty();
    }

    @Test
    void moreThanTenPeopleIsTheProblemOnceEachOfThemIsFine() {
        StringBuilder eleven = new StringBuilder();
        for (char first = 'A'; first < 'A' + 11; first++) {
            eleven.append(first).append("nna Person\n");
        }

        assertThat(SuggestedPeople.parse(eleven.toString()).problem())
                .contains(new SuggestedPeople.Problem.TooMany(11));
        assertThat(SuggestedPeople.parse(eleven + "--").problem()).contains(new SuggestedPeople.Problem.NoName("--"));
    }

    @Test
    void peopleTheUserKnowsAlreadyAreSortedFromTheNewOnes() {
        Contact sam = contact(7, "Sam Park");
        SuggestedPeople.Sorted sorted = SuggestedPeople.parse("Priya Raman\nsam park, designer\nLee Wong")
                .sortedAgainst(List.of(contact(3, "Ana Li"), sam));

        assertThat(sorted.added()).extracting(Suggestion::name).containsExactly("Priya Raman", "Lee Wong");
        assertThat(sorted.known()).extracting(Suggestion::name).containsExactly("sam park");
        assertThat(sorted.existing(Suggestion.of("sam park", "designer", ""))).contains(sam);
        assertThat(sorted.existing(Suggestion.of("Priya Raman", "", ""))).isEmpty();
    }
}
