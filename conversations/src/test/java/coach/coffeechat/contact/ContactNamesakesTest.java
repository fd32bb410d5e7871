package coach.coffeechat.contact;

import static coach.coffeechat.testing.ProductBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two contacts with the same name: the bot lists them so that each can be told apart, typing one back as listed
 * finds it, and autocomplete offers the same labels. No contact is ever out of reach.
 */
final class ContactNamesakesTest {
    private static final UserId MAYA = new UserId("maya");

    private final ProductBench bench = new ProductBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void namesakesAtDifferentPlacesAreListedWithTheirPositionAndFoundByIt() {
        add("Ana Li", "Researcher", "Acme");
        add("Ana Li", "Designer", "Globex");

        Reply ambiguous = show("Ana Li");
        assertThat(ambiguous.notes()).containsExactly(text("contact.ambiguous", "typed", "Ana Li",
                "names", "Ana Li (Researcher at Acme), Ana Li (Designer at Globex)"));

        assertThat(show("Ana Li (Designer at Globex)").text()).contains("Globex").doesNotContain("Acme");
        assertThat(suggest("ana")).containsExactly("Ana Li (Researcher at Acme)", "Ana Li (Designer at Globex)");
    }

    @Test
    void namesakesWithTheSamePositionAreToldApartByNumber() {
        add("Ana Li", "", "");
        add("Ana Li", "", "");

        String listed = show("Ana Li").notes().get(0);
        String second = listed.substring(listed.lastIndexOf("Ana Li ("), listed.lastIndexOf(')') + 1);

        assertThat(second).matches("Ana Li \\(#\\d+\\)");
        assertThat(show(second).prompt()).isEmpty();
        assertThat(show(second).notes()).noneMatch(note -> note.contains("could be more than one"));
        assertThat(suggest("")).hasSize(2).doesNotHaveDuplicates().allMatch(label -> label.startsWith("Ana Li (#"));
    }

    @Test
    void aNameOfItsOwnStaysPlain() {
        add("Ana Li", "Researcher", "Acme");
        add("Sam Park", "", "");

        assertThat(suggest("")).containsExactly("Ana Li", "Sam Park");
        assertThat(show("Ana Li").text()).contains("Researcher");
    }

    private void add(String name, String role, String organisation) {
        TestCoach.addContact(bench.coach(), MAYA, Map.of("name", name, "role", role, "organisation", organisation));
    }

    private Reply show(String contact) {
        return bench.handle(MAYA, new Input.Command("contact show", Map.of("contact", contact)));
    }

    private java.util.List<String> suggest(String typed) {
        return bench.coach().suggest(MAYA, CommandSpec.OptionKind.CONTACT, typed, 25);
    }
}
