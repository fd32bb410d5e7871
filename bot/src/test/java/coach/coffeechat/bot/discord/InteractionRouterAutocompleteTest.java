package coach.coffeechat.bot.discord;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactRepository;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.user.QuietHours;
import coach.coffeechat.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class InteractionRouterAutocompleteTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final UserId ADA = new UserId("42");

    private Database database;
    private InteractionRouter router;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:autocomplete" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "", 4);
        Coach coach = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())),
                Texts.load(Optional.empty()), database.dataSource(), CLOCK);
        database.inTransaction(connection -> {
            new UserRepository(ZoneOffset.UTC, new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).ensure(connection, ADA, CLOCK.instant());
            for (String name : List.of("Ana Li", "Sam Park", "Ana Lopez")) {
                new ContactRepository().add(connection, new NewContact(ADA, name, "", "", Warmth.WARM, Source.FRIEND,
                        OptionalLong.empty(), "", "", ""), CLOCK.instant());
            }
            return null;
        });
        router = new InteractionRouter(coach);
    }

    @AfterEach
    void close() {
        router.close();
        database.close();
    }

    private CommandAutoCompleteInteractionEvent typing(String user, String command, String option, String value) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        User discordUser = mock(User.class);
        when(discordUser.getId()).thenReturn(user);
        when(event.getUser()).thenReturn(discordUser);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(option);
        when(query.getValue()).thenReturn(value);
        when(event.getFocusedOption()).thenReturn(query);
        when(event.getFullCommandName()).thenReturn(command);
        when(event.replyChoiceStrings(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class));
        return event;
    }

    @Test
    void aContactOptionSuggestsTheUsersOwnContactsMatchingWhatIsTyped() {
        CommandAutoCompleteInteractionEvent event = typing("42", "contact show", "contact", "ana");

        router.onCommandAutoCompleteInteraction(event);

        verify(event, timeout(5_000)).replyChoiceStrings(List.of("Ana Li", "Ana Lopez"));
    }

    @Test
    void anotherUserIsNeverShownSomeoneElsesContacts() {
        CommandAutoCompleteInteractionEvent event = typing("99", "contact show", "contact", "");

        router.onCommandAutoCompleteInteraction(event);

        verify(event, timeout(5_000)).replyChoiceStrings(List.of());
    }

    @Test
    void aTimeZoneOptionSuggestsIanaZones() {
        CommandAutoCompleteInteractionEvent event = typing("42", "settings", "timezone", "berl");

        router.onCommandAutoCompleteInteraction(event);

        verify(event, timeout(5_000)).replyChoiceStrings(List.of("Europe/Berlin"));
    }
}
