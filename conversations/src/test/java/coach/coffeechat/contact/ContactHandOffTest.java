package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.AnswersContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link ContactHandOff} and {@link ContactLookup.Result#ifFound}: how a command hands its contact to a flow. */
final class ContactHandOffTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Contact ANA = new Contact(42, new UserId("maya"), "Ana Li", "", "", Warmth.WARM,
            Source.FRIEND, OptionalLong.empty(), "", "", "", Stage.IDENTIFIED, NOW, NOW);

    @Test
    void theLaunchAnswersCarryTheContactIdUnderTheKeyEveryFlowReads() {
        assertThat(ContactHandOff.of(ANA).answers()).containsOnly(Map.entry("contact-id", "42"),
                Map.entry("subject", ANA.name()));
    }

    @Test
    void whatACommandHandsOnIsReadBackInTheFlow() {
        AnswersContext flow = new AnswersContext(ContactHandOff.of(ANA).answers());

        assertThat(ContactHandOff.in(flow)).contains(new ContactHandOff(42, ANA.name()));
    }

    @Test
    void aFlowStartedWithoutAContactOrWithAMangledIdHasNone() {
        for (String id : List.of("", "ana", "-1", "4 2", "1234567890123456789")) {
            assertThat(ContactHandOff.in(new AnswersContext(Map.of("contact-id", id)))).as(id).isEmpty();
        }
        assertThat(ContactHandOff.in(new AnswersContext(Map.of()))).isEmpty();
    }

    @Test
    void aContactFoundLeadsToWhatTheCommandDoesWithIt() {
        ContactLookup.Found found = new ContactLookup.Found(ANA, List.of("I took 'ana' to mean Ana Li"));
        CommandHandler.Result launch = CommandHandler.launch("somewhere");

        assertThat(found.ifFound(contact -> contact == found ? launch : CommandHandler.respond("wrong")))
                .isSameAs(launch);
    }

    @Test
    void aRefusalIsTheReplyAndTheCommandIsNotAskedToDoAnything() {
        CommandHandler.Result reply = CommandHandler.respond("Nobody called Zed among your contacts.");
        ContactLookup.Refused refused = new ContactLookup.Refused(reply);

        assertThat(refused.ifFound(found -> {
            throw new AssertionError("called without a contact");
        })).isSameAs(reply);
    }
}
