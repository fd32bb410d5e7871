package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link ContactOptionId}: a contact offered as an option in a choice, and read back when picked. */
final class ContactOptionIdTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aContactOfferedIsPickedBackByItsId() {
        Contact ana = new Contact(42, new UserId("maya"), "Ana Li", "", "", Warmth.WARM, Source.FRIEND,
                OptionalLong.empty(), "", "", "", Stage.IDENTIFIED, NOW, NOW);

        assertThat(ContactOptionId.of(ana)).isEqualTo("c42");
        assertThat(ContactOptionId.isContact("c42")).isTrue();
        assertThat(ContactOptionId.contactId(ContactOptionId.of(ana))).isEqualTo(OptionalLong.of(42));
    }

    @Test
    void theOtherChoicesOfferNoContact() {
        for (String picked : new String[] {"different", "new", "", "c", "cx", "c-1", "C42", "c1234567890123456789"}) {
            assertThat(ContactOptionId.contactId(picked)).as(picked).isEmpty();
        }
        assertThat(ContactOptionId.isContact("different")).isFalse();
    }
}
