package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.bot.discord.fake.Upload;
import coach.coffeechat.engine.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Calendar invites on the fake Discord with the real JDA client: {@code /meeting schedule} in a server answers
 * ephemerally with the meeting's {@code .ics} attached to the same interaction response (a multipart request
 * whose {@code payload_json} matches Discord's OpenAPI description), and {@code /meeting cancel} with the
 * cancellation of the same event.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class DiscordCalendarEndToEndTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-10-20T08:00:00Z"), ZoneOffset.UTC);
    private final OpenApiContract contract = OpenApiContract.load();
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;
    private Coach coach;

    @BeforeEach
    void start() throws Exception {
        bot = BotOnFakeDiscord.start(clock).inTheGuild();
        discord = bot.discord;
        coach = bot.coach;
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void meetingScheduleCarriesTheInviteAndMeetingCancelItsCancellation() {
        FakeUser ada = discord.newUser("ada");
        bot.addContact(new UserId(Long.toUnsignedString(ada.id())), "Ana Li");
        bot.answer(discord.events().slashCommand(ada, Where.GUILD, "settings", Map.of("timezone", "Europe/Berlin")));

        RecordedCall booked = bot.answer(discord.events().subcommand(ada, Where.GUILD, "meeting", "schedule",
                Map.of("contact", "Ana Li", "when", "2026-10-29 10:00", "format", "video")));

        assertThat(booked.hasBody()).as("the multipart's payload_json").isTrue();
        assertThat(contract.check(booked)).isEmpty();
        assertThat(booked.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(Bodies.text(booked.body())).contains("Booked: your conversation with Ana Li by video on"
                + " Thursday 29 October at 10:00 (Europe/Berlin)");
        assertThat(booked.body().path("data").path("attachments").get(0).path("filename").asText())
                .isEqualTo("coffee-chat-ana-li.ics");
        Upload invite = discord.uploads().get(0);
        assertThat(invite.filename()).isEqualTo("coffee-chat-ana-li.ics");
        ICalendar request = Biweekly.parse(new String(invite.bytes(), StandardCharsets.UTF_8)).first();
        assertThat(request.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(request.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-10-29T09:00:00Z"));

        RecordedCall cancelled = bot.answer(discord.events().subcommand(ada, Where.GUILD, "meeting", "cancel",
                Map.of("contact", "Ana Li")));

        assertThat(contract.check(cancelled)).isEmpty();
        Upload cancel = discord.uploads().get(1);
        ICalendar cancellation = Biweekly.parse(new String(cancel.bytes(), StandardCharsets.UTF_8)).first();
        assertThat(cancellation.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancellation.getEvents().get(0).getUid().getValue())
                .isEqualTo(request.getEvents().get(0).getUid().getValue());
        assertThat(cancellation.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
    }


}
