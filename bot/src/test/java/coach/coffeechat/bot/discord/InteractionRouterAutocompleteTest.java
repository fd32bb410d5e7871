package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link InteractionRouter} suggesting option values as they are typed, on the shared coach, where one user keeps
 * three contacts. The router's workers are a {@link ManualExecutor}, so a test sees that nothing is answered on the
 * calling (gateway) thread and then runs the queued work itself.
 */
final class InteractionRouterAutocompleteTest {
    private static final String ADA = RouterHarness.newUser();

    private final ManualExecutor workers = new ManualExecutor();
    private InteractionRouter router;

    @BeforeAll
    static void saveContacts() {
        UserId ada = new UserId(ADA);
        for (String name : List.of("Ana Li", "Sam Park", "Ana Lopez")) {
            SharedCoach.saveContact(ada, new NewContact(ada, name, "", "", Warmth.WARM, Source.FRIEND,
                    OptionalLong.empty(), "", "", ""));
        }
    }

    @BeforeEach
    void open() {
        router = new InteractionRouter(SharedCoach.coach(), workers, new ManualScheduler());
    }

    @AfterEach
    void close() {
        router.close();
    }

    /** Runs the work the router queued for the suggestion, checking that nothing was suggested before it ran. */
    private void runQueuedWork(CommandAutoCompleteInteractionEvent event) {
        verify(event, never()).replyChoiceStrings(anyCollection());
        assertThat(workers.runQueued()).as("work queued for the suggestion").isOne();
    }

    private CommandAutoCompleteInteractionEvent typing(String user, String command, String option, String value) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        User discordUser = RouterHarness.mockInterface(User.class);
        when(discordUser.getId()).thenReturn(user);
        when(event.getUser()).thenReturn(discordUser);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(option);
        when(query.getValue()).thenReturn(value);
        when(event.getFocusedOption()).thenReturn(query);
        when(event.getFullCommandName()).thenReturn(command);
        when(event.replyChoiceStrings(anyCollection()))
                .thenReturn(RouterHarness.mockInterface(AutoCompleteCallbackAction.class));
        return event;
    }

    @Test
    void aContactOptionSuggestsTheUsersOwnContactsMatchingWhatIsTyped() {
        CommandAutoCompleteInteractionEvent event = typing(ADA, "contact show", "contact", "ana");

        router.onCommandAutoCompleteInteraction(event);

        runQueuedWork(event);
        verify(event).replyChoiceStrings(List.of("Ana Li", "Ana Lopez"));
    }

    @Test
    void anotherUserIsNeverShownSomeoneElsesContacts() {
        CommandAutoCompleteInteractionEvent event = typing(RouterHarness.newUser(), "contact show", "contact", "");

        router.onCommandAutoCompleteInteraction(event);

        runQueuedWork(event);
        verify(event).replyChoiceStrings(List.of());
    }

    @Test
    void aTimeZoneOptionSuggestsIanaZones() {
        CommandAutoCompleteInteractionEvent event = typing(ADA, "settings", "timezone", "berl");

        router.onCommandAutoCompleteInteraction(event);

        runQueuedWork(event);
        verify(event).replyChoiceStrings(List.of("Europe/Berlin"));
    }

    @Test
    void theContactOptionOfContactEditSuggestsTheUsersContactsToo() {
        CommandAutoCompleteInteractionEvent event = typing(ADA, "contact edit", "contact", "sam");

        router.onCommandAutoCompleteInteraction(event);

        runQueuedWork(event);
        verify(event).replyChoiceStrings(List.of("Sam Park"));
    }

    @Test
    void aTimeZoneOptionSuggestsTheZonesOfACityOrAnAbbreviationFirst() {
        CommandAutoCompleteInteractionEvent cst = typing(ADA, "settings", "timezone", "CST");
        router.onCommandAutoCompleteInteraction(cst);
        runQueuedWork(cst);
        verify(cst).replyChoiceStrings(argThat((List<String> zones) ->
                zones.size() <= 25 && zones.subList(0, 2).equals(List.of("America/Chicago", "Asia/Shanghai"))));

        CommandAutoCompleteInteractionEvent chicago = typing(ADA, "settings", "timezone", "chicgo");
        router.onCommandAutoCompleteInteraction(chicago);
        runQueuedWork(chicago);
        verify(chicago).replyChoiceStrings(List.of("America/Chicago"));
    }
}
