package coach.coffeechat.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.time.ZoneOffset;
import java.util.Map;

/** An account with something in every table that names a user, for the privacy tests. */
final class PrivacyFixture {
    private PrivacyFixture() {
    }

    /**
     * Everything a user can leave behind: two contacts (one referred by the other), a meeting with a suggested
     * person, a question list, a scheduled meeting's prep prompt, a stay-in-touch cadence with a note, a profile, settings, progress shared with a
     * coach, a challenge joined and a flow set aside.
     */
    static void fillEverything(ProductBench bench, UserId user) {
        TestCoach.addContact(bench.coach(), user, Map.of("name", "Sam Park", "why", "Knows everyone in research"));
        TestCoach.addContact(bench.coach(), user, Map.of("name", "Ana Li", "why", "Moved from teaching into UX"));
        bench.handle(user, new Input.Command("settings", Map.of("timezone", "Europe/Berlin")));
        bench.handle(user, new Input.Command("meeting schedule",
                Map.of("contact", "Ana Li", "when", "thursday 4pm")));
        // A stay-in-touch rhythm and a note (which counts as a touch and schedules the stay-in-touch prompt).
        bench.handle(user, new Input.Command("contact cadence", Map.of("contact", "Ana Li", "every", "60")));
        bench.handle(user, new Input.Command("contact note", Map.of("contact", "Ana Li",
                "text", "Sent her the research ops article")));
        // Progress shared with a cohort's coach, in a server the user set up.
        Place cohort = Place.simulated("Cohort " + user.value(), user.value());
        bench.handle(user, new Input.Command("coach setup", Map.of("channel", "coach-desk")).in(cohort));
        bench.handle(user, new Input.Command("coach share", Map.of("level", "named")).in(cohort));
        bench.handle(user, new Input.Answer("yes"));
        // A challenge joined, on its leaderboard by name.
        bench.handle(user, new Input.Command("challenge start", Map.of("goal", "requests", "count", "3",
                "end", bench.clock().instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(7).toString()))
                .in(cohort));
        bench.handle(user, new Input.Command("challenge join", Map.of("appear", "named")).in(cohort));
        bench.database().inTransaction(c -> {
            long ana = Sql.one(c, "SELECT id FROM contacts WHERE owner_id = ? AND name = 'Ana Li'",
                    s -> s.setString(1, user.value()), row -> row.getLong(1)).orElseThrow();
            long sam = Sql.one(c, "SELECT id FROM contacts WHERE owner_id = ? AND name = 'Sam Park'",
                    s -> s.setString(1, user.value()), row -> row.getLong(1)).orElseThrow();
            Sql.update(c, "UPDATE contacts SET referrer_id = ?, referrer_name = 'Sam Park' WHERE id = ?", s -> {
                s.setLong(1, sam);
                s.setLong(2, ana);
            });
            Sql.update(c, "UPDATE users SET display_name = 'Maya Ortiz', summary = 'Chemistry teacher' WHERE"
                    + " user_id = ?", s -> s.setString(1, user.value()));
            long meeting = Sql.insert(c, "INSERT INTO meetings (owner_id, contact_id, met_on, format, minutes,"
                    + " learned, interested, created_at) VALUES (?, ?, DATE '2026-03-01', 'video', 15, 'Private"
                    + " notes', 'yes', ?)", s -> {
                        s.setString(1, user.value());
                        s.setLong(2, ana);
                        Sql.setInstant(s, 3, bench.clock().instant());
                    });
            Sql.update(c, "INSERT INTO meeting_suggestions (meeting_id, sort_order, name, contact_id)"
                    + " VALUES (?, 1, 'Jo Kim', ?)", s -> {
                        s.setLong(1, meeting);
                        s.setLong(2, sam);
                    });
            Sql.update(c, "INSERT INTO question_lists (contact_id, owner_id, questions, minutes, updated_at)"
                    + " VALUES (?, ?, 'What surprised you?', 15, ?)", s -> {
                        s.setLong(1, ana);
                        s.setString(2, user.value());
                        Sql.setInstant(s, 3, bench.clock().instant());
                    });
            return null;
        });
        // A flow with typed answers, set aside for another flow (then cancelled): kept as a draft for /resume.
        bench.handle(user, Input.Command.of("contact add"));
        bench.handle(user, new Input.Form(Map.of("name", "Priya Shah")));
        Reply interrupted = bench.handle(user, Input.Command.of("questions check"));
        String setAside = ((Prompt.Choice) interrupted.prompt().orElseThrow()).options().stream()
                .filter(option -> !option.id().equals("resume")).findFirst().orElseThrow().id();
        bench.handle(user, new Input.Answer(setAside));
        bench.handle(user, new Input.Control(ControlAction.CANCEL));
        assertThat(bench.coach().conversations().current(user).prompt()).as("no flow open").isEmpty();
    }
}
