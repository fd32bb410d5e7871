package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

final class ContactMatcherTest {
    private static final ContactMatcher MATCHER = new ContactMatcher(0.88);
    private static final List<Contact> CONTACTS = List.of(
            contact(1, "Ana Li"), contact(2, "Ana Lopez"), contact(3, "Sam Park"), contact(4, "José Núñez"));

    private static Contact contact(long id, String name) {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        return new Contact(id, new UserId("maya"), name, "", "", Warmth.WARM, Source.FRIEND, OptionalLong.empty(),
                "", "", "", Stage.IDENTIFIED, now, now);
    }

    @Test
    void anExactNameIgnoringCaseSpacesAndAccentsIsExact() {
        assertThat(MATCHER.resolve("  sam   PARK ", CONTACTS)).isEqualTo(new ContactMatcher.Exact(CONTACTS.get(2)));
        assertThat(MATCHER.resolve("jose nunez", CONTACTS)).isEqualTo(new ContactMatcher.Exact(CONTACTS.get(3)));
    }

    @Test
    void aFirstNameFindsEveryoneWithIt() {
        assertThat(MATCHER.resolve("ana", CONTACTS)).isInstanceOfSatisfying(ContactMatcher.Candidates.class,
                c -> assertThat(c.contacts()).extracting(Contact::name).containsExactly("Ana Li", "Ana Lopez"));
    }

    @Test
    void aTypoStillFindsTheContact() {
        assertThat(MATCHER.resolve("Sam Prak", CONTACTS)).isInstanceOfSatisfying(ContactMatcher.Candidates.class,
                c -> assertThat(c.contacts()).extracting(Contact::name).containsExactly("Sam Park"));
    }

    @Test
    void somebodyElseEntirelyIsNoMatch() {
        assertThat(MATCHER.resolve("Priya Raman", CONTACTS)).isInstanceOf(ContactMatcher.NoMatch.class);
        assertThat(MATCHER.resolve("", CONTACTS)).isInstanceOf(ContactMatcher.NoMatch.class);
        assertThat(MATCHER.resolve("@@@", List.of())).isInstanceOf(ContactMatcher.NoMatch.class);
    }

    @Test
    void nearDuplicatesCatchTyposAndShortenedNamesButNotStrangers() {
        assertThat(MATCHER.nearDuplicates("Ana Lii", CONTACTS)).extracting(Contact::name).first().isEqualTo("Ana Li");
        assertThat(MATCHER.nearDuplicates("Sam Parker", CONTACTS)).extracting(Contact::name).containsExactly("Sam Park");
        assertThat(MATCHER.nearDuplicates("Sara Park", CONTACTS)).isEmpty();
        assertThat(MATCHER.nearDuplicates("Bo Chen", CONTACTS)).isEmpty();
    }

    @Test
    void twoContactsWithTheSameNameAreBothCandidates() {
        List<Contact> twins = List.of(contact(1, "Ana Li"), contact(2, "Ana Li"));

        assertThat(MATCHER.resolve("Ana Li", twins)).isInstanceOfSatisfying(ContactMatcher.Candidates.class,
                c -> assertThat(c.contacts()).hasSize(2));
    }

    @Test
    void withNothingTypedEveryContactIsSuggestedUpToTheLimit() {
        assertThat(MATCHER.suggestions("", CONTACTS, 25)).extracting(Contact::name)
                .containsExactly("Ana Li", "Ana Lopez", "Sam Park", "José Núñez");
        assertThat(MATCHER.suggestions("  ", CONTACTS, 2)).extracting(Contact::name)
                .containsExactly("Ana Li", "Ana Lopez");
    }

    @Test
    void namesContainingWhatIsTypedComeFirstIgnoringCaseAndAccents() {
        assertThat(MATCHER.suggestions("ANA", CONTACTS, 25)).extracting(Contact::name)
                .startsWith("Ana Li", "Ana Lopez").doesNotContain("Sam Park");
        assertThat(MATCHER.suggestions("nunez", CONTACTS, 25)).extracting(Contact::name)
                .containsExactly("José Núñez");
        assertThat(MATCHER.suggestions("park", CONTACTS, 25)).extracting(Contact::name).containsExactly("Sam Park");
    }

    @Test
    void aTypoStillSuggestsTheContactAfterTheExactContainers() {
        assertThat(MATCHER.suggestions("Ana Lopes", CONTACTS, 25)).extracting(Contact::name).first()
                .isEqualTo("Ana Lopez");
        assertThat(MATCHER.suggestions("Sam Prak", CONTACTS, 25)).extracting(Contact::name).contains("Sam Park");
    }

    @Test
    void aStrangerSuggestsNobodyAndTheLimitIsKept() {
        assertThat(MATCHER.suggestions("Bo Chen", CONTACTS, 25)).isEmpty();
        List<Contact> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(contact(i, "Ana Number " + i));
        }
        assertThat(MATCHER.suggestions("ana", many, 25)).hasSize(25);
    }
}
