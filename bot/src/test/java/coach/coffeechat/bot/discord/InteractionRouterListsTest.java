package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.store.Database;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lists on Discord, on a coach with a database of its own (ids from 1, so an option's id is also a number that
 * names a place in the list): a click or a pick in a select menu finds the option by its id, wherever the list
 * shows it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class InteractionRouterListsTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Database database;
    private RouterHarness harness;
    private String ada;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:router-lists" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                "", "", 4);
        Coach coach = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())),
                Texts.load(Optional.empty()), database.dataSource(), SharedCoach.CLOCK);
        harness = RouterHarness.openOn(coach);
        ada = harness.ada();
        addContact("Ana Li");
        addContact("Bo Chen");
        // Ana's prep is booked first (id 1) but falls due later: the list shows Bo's (id 2) first.
        harness.handle(ada, new Input.Command("meeting schedule", Map.of("contact", "Ana Li",
                "when", "2026-03-12 16:00")));
        harness.handle(ada, new Input.Command("meeting schedule", Map.of("contact", "Bo Chen",
                "when", "2026-03-05 16:00")));
    }

    @AfterEach
    void close() {
        harness.close();
        database.close();
    }

    @Test
    void aPickInTheFollowUpListOpensTheFollowUpWithThatIdNotTheOneAtThatPlace() {
        Reply list = harness.handle(ada, Input.Command.of("followups"));
        Prompt.Choice choice = (Prompt.Choice) list.prompt().orElseThrow();
        String anasId = choice.options().get(1).id();
        assertThat(choice.options().get(1).label()).contains("Ana Li");
        assertThat(anasId).isEqualTo("1");

        StringSelectInteractionEvent event = harness.select(ada, false, CustomIds.select(list.version()),
                List.of(anasId));
        harness.router().onStringSelectInteraction(event);

        assertThat(harness.answerTo(event).text()).contains("Ana Li").doesNotContain("Bo Chen");
    }

    @Test
    void aClickOnAnOptionButtonOpensTheFollowUpWithThatId() {
        Reply list = harness.handle(ada, Input.Command.of("followups"));
        String anasId = ((Prompt.Choice) list.prompt().orElseThrow()).options().get(1).id();

        ButtonInteractionEvent event = harness.button(ada, false, CustomIds.option(list.version(), anasId));
        harness.router().onButtonInteraction(event);

        assertThat(harness.answerTo(event).text()).contains("Ana Li").doesNotContain("Bo Chen");
    }

    @Test
    void aSnoozeButtonThatWouldBringThePrepBackAfterTheMeetingIsRefusedKindly() {
        Reply list = harness.handle(ada, Input.Command.of("followups"));
        long bosPrep = Long.parseLong(((Prompt.Choice) list.prompt().orElseThrow()).options().get(0).id());
        harness.handle(ada, Input.Command.of("cancel"));

        // Bo's meeting is on Thursday at 16:00; next week's reminder would come the Monday after.
        ButtonInteractionEvent event = harness.button(ada, false,
                CustomIds.followUp(0, bosPrep, FollowUpAction.SNOOZE_WEEK));
        harness.router().onButtonInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(harness.text("followup.act.snooze-after-meeting",
                "name", "Bo Chen", "when", "Thu 5 Mar, 16:00"));
    }

    @Test
    void resumeWithSeveralFlowsSetAsideOffersThemAsComponentsAndAClickCarriesOneOn() {
        harness.handle(ada, new Input.Command("request draft", Map.of("contact", "Ana Li", "format", "email")));
        harness.handle(ada, new Input.Command("questions prepare", Map.of("contact", "Bo Chen")));
        harness.handle(ada, new Input.Pick("abandon"));
        harness.handle(ada, Input.Command.of("contact add"));
        harness.handle(ada, new Input.Pick("abandon"));
        harness.handle(ada, Input.Command.of("cancel"));

        SlashCommandInteractionEvent slash = harness.slash(ada, false, "resume", Map.of());
        harness.router().onSlashCommandInteraction(slash);
        RouterHarness.Answer list = harness.answerTo(slash);
        Reply listed = harness.current(ada);
        Prompt.Choice choice = (Prompt.Choice) listed.prompt().orElseThrow();
        String requestToAna = choice.options().get(1).id();

        assertThat(list.text()).contains(harness.text("engine.resume-pick", "count", 2));
        assertThat(list.customIds()).contains(CustomIds.option(listed.version(), requestToAna));
        ButtonInteractionEvent click = harness.button(ada, false, CustomIds.option(listed.version(), requestToAna));
        harness.router().onButtonInteraction(click);

        assertThat(harness.answerTo(click).text()).contains(harness.text("engine.resumed",
                "flow", harness.text("request.title")));
        assertThat(harness.current(ada).flowTitle()).isEqualTo(harness.text("request.title"));
    }

    /** Adds a contact through {@code /contact add}: the form, the first option of each choice, skip, yes. */
    private void addContact(String name) {
        harness.handle(ada, Input.Command.of("contact add"));
        Reply reply = harness.handle(ada, new Input.Form(Map.of("name", name, "role", "Designer",
                "organisation", "Globex")));
        for (int step = 0; step < 8 && reply.prompt().isPresent(); step++) {
            Prompt prompt = reply.prompt().get();
            Input answer = prompt instanceof Prompt.Confirm ? new Input.Answer("yes")
                    : prompt instanceof Prompt.Choice choice ? new Input.Pick(choice.options().get(0).id())
                    : new Input.Answer("skip");
            reply = harness.handle(ada, answer);
        }
        assertThat(reply.text()).contains(name);
    }
}
