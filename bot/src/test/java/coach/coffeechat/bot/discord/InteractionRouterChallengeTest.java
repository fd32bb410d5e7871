package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import coach.coffeechat.bot.discord.RouterHarness.Answer;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.store.Sql;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Join button under a challenge's post in a server channel, through {@link InteractionRouter} with mocked JDA
 * events on the shared coach: the click joins the clicker to that server's challenge, answered only to them; a
 * click under an earlier challenge joins nothing.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class InteractionRouterChallengeTest {
    private RouterHarness harness;
    private String server;

    @BeforeEach
    void open() {
        harness = RouterHarness.open();
        server = "77" + RouterHarness.newUser();
        Place manager = new Place(server, "Cohort A", "Dana", true, List.of(), List.of("900"), "900");
        String dana = RouterHarness.newUser();
        harness.handle(dana, new Input.Command("coach setup", Map.of("timezone", "UTC")).in(manager));
        harness.handle(dana, new Input.Command("challenge start", Map.of("goal", "requests", "count", "3",
                "end", "2026-03-20")).in(manager));
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aClickOnJoinJoinsTheClickerAndOnlyTheyReadTheAnswer() {
        ButtonInteractionEvent click = inServer(harness.button(harness.ada(), true,
                CustomIds.joinChallenge(challengeId())), "Ada");

        harness.router().onButtonInteraction(click);

        Answer answer = harness.answerTo(click);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).startsWith("You're in: 3 requests sent each, until Fri 20 Mar.");
        assertThat(members()).isEqualTo(1);
    }

    @Test
    void aClickUnderAnEarlierChallengeJoinsNothing() {
        ButtonInteractionEvent click = inServer(harness.button(harness.ada(), true,
                CustomIds.joinChallenge(challengeId() + 1_000)), "Ada");

        harness.router().onButtonInteraction(click);

        assertThat(harness.answerTo(click).text()).isEqualTo(harness.text("challenge.join.over"));
        assertThat(members()).isZero();
    }

    /** The click as made by a member named {@code name} of the test's server. */
    private ButtonInteractionEvent inServer(ButtonInteractionEvent event, String name) {
        Guild guild = RouterHarness.mockInterface(Guild.class);
        when(guild.getId()).thenReturn(server);
        when(guild.getName()).thenReturn("Cohort A");
        Member member = RouterHarness.mockInterface(Member.class);
        when(member.getEffectiveName()).thenReturn(name);
        when(event.getGuild()).thenReturn(guild);
        when(event.getMember()).thenReturn(member);
        return event;
    }

    private long challengeId() {
        return harness.database().inTransaction(c -> Sql.one(c, "SELECT MAX(id) FROM challenges WHERE server_id = ?",
                s -> s.setString(1, server), row -> row.getLong(1)).orElseThrow());
    }

    private int members() {
        return harness.database().inTransaction(c -> Sql.one(c, "SELECT COUNT(*) FROM challenge_members m JOIN"
                + " challenges c ON c.id = m.challenge_id WHERE c.server_id = ?", s -> s.setString(1, server),
                row -> row.getInt(1)).orElseThrow());
    }
}
