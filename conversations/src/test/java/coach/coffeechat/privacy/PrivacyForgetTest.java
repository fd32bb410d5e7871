package coach.coffeechat.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /privacy forget} on the whole product: after a confirmation, nothing about the user is left in any table
 * that names a user, other users keep everything, and the user can start again from a clean slate.
 */
final class PrivacyForgetTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final Coach coach = bench.coach();
    private final FollowUpScheduler timer = bench.timer();
    private final Database database = bench.database();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void afterConfirmingNothingAboutTheUserIsLeftAndOthersKeepEverything() {
        PrivacyFixture.fillEverything(bench, MAYA);
        PrivacyFixture.fillEverything(bench, LEO);
        assertThat(rowsAbout(MAYA)).isPositive();
        assertThat(cadencesAndNotes(MAYA)).as("a cadence and a note kept").isEqualTo(2);
        int leosRows = rowsAbout(LEO);

        Reply confirm = handle(MAYA, Input.Command.of("privacy forget"));
        assertThat(confirm.prompt()).containsInstanceOf(Prompt.Confirm.class);
        assertThat(confirm.prompt().orElseThrow().text()).isEqualTo(text("privacy.forget.confirm",
                "contacts", 2, "meetings", 1, "questions", 1, "followups", 2));
        Reply done = handle(MAYA, new Input.Answer("yes"));

        assertThat(done.notes()).containsExactly(text("privacy.forget.done"));
        assertThat(rowsAbout(MAYA)).as("rows naming maya, in any table").isZero();
        assertThat(cadencesAndNotes(MAYA)).as("the cadence and the note are gone").isZero();
        assertThat(cadencesAndNotes(LEO)).isEqualTo(2);
        assertThat(orphans()).as("rows left pointing at deleted contacts or meetings").isZero();
        assertThat(rowsAbout(LEO)).isEqualTo(leosRows);
        assertThat(handle(LEO, Input.Command.of("contact list")).text()).contains("Ana Li", "Sam Park");
    }

    @Test
    void afterwardsTheUserStartsFromACleanSlateAndNoReminderComes() {
        PrivacyFixture.fillEverything(bench, MAYA);
        handle(MAYA, Input.Command.of("privacy forget"));
        handle(MAYA, new Input.Answer("yes"));

        assertThat(handle(MAYA, Input.Command.of("contact list")).text()).contains(text("contact.list.empty"));
        assertThat(handle(MAYA, Input.Command.of("resume")).text()).doesNotContain("Priya");
        clock.advance(Duration.ofDays(120));
        timer.catchUp();
        assertThat(bench.delivered()).isEmpty();
        TestCoach.addContact(coach, MAYA, Map.of("name", "Bo Chen"));
        assertThat(handle(MAYA, Input.Command.of("contact list")).text()).contains("Bo Chen")
                .doesNotContain("Ana Li");
    }

    @Test
    void aButtonShownBeforeTheErasureChangesNothingAfterIt() {
        PrivacyFixture.fillEverything(bench, MAYA);
        Reply confirm = handle(MAYA, Input.Command.of("privacy forget"));
        handle(MAYA, new Input.Answer("yes"));

        Reply stale = coach.conversations().handle(MAYA, new Input.Answer("yes"), confirm.version());

        assertThat(stale.notes()).contains(text("engine.stale"));
        assertThat(rowsAbout(MAYA)).isZero();
    }

    @Test
    void sayingNoKeepsEverything() {
        PrivacyFixture.fillEverything(bench, MAYA);
        int before = rowsAbout(MAYA);

        handle(MAYA, Input.Command.of("privacy forget"));
        Reply kept = handle(MAYA, new Input.Answer("no"));

        assertThat(kept.notes()).containsExactly(text("privacy.forget.kept"));
        assertThat(rowsAbout(MAYA)).isEqualTo(before);
    }

    @Test
    void withNothingKeptTheBotSaysSoWithoutAsking() {
        Reply reply = handle(new UserId("newcomer"), Input.Command.of("privacy forget"));

        assertThat(reply.notes()).containsExactly(text("privacy.forget.nothing"));
        assertThat(reply.prompt()).isEmpty();
    }

    // ---- helpers

    /**
     * Rows about a user in every table of the schema with an owner or user column. A session counts only while it
     * holds a flow or anything typed: an empty one keeps its version, which keeps old buttons harmless.
     */
    private int rowsAbout(UserId user) {
        return database.inTransaction(c -> {
            List<String[]> columns = Sql.list(c, "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)"
                    + " AND LOWER(column_name) IN ('owner_id', 'user_id')", s -> { },
                    row -> new String[] {row.getString(1), row.getString(2)});
            assertThat(columns).as("tables naming a user").hasSizeGreaterThanOrEqualTo(8);
            int rows = 0;
            for (String[] column : columns) {
                String where = column[1] + " = ?" + (column[0].equalsIgnoreCase("sessions")
                        ? " AND (flow_id IS NOT NULL OR state LIKE '%Priya%' OR state LIKE '%Ana%')" : "");
                rows += Sql.one(c, "SELECT COUNT(*) FROM " + column[0] + " WHERE " + where,
                        s -> s.setString(1, user.value()), row -> row.getInt(1)).orElse(0);
            }
            return rows;
        });
    }

    /** Rows that hang off a contact or meeting that no longer exists. */
    private int orphans() {
        return database.inTransaction(c -> Sql.one(c, "SELECT (SELECT COUNT(*) FROM stage_changes WHERE contact_id"
                + " NOT IN (SELECT id FROM contacts)) + (SELECT COUNT(*) FROM meeting_suggestions WHERE meeting_id"
                + " NOT IN (SELECT id FROM meetings))", s -> { }, row -> row.getInt(1)).orElse(0));
    }

    private Reply handle(UserId user, Input input) {
        return coach.conversations().handle(user, input);
    }

    private static String text(String key, Object... namesAndValues) {
        return TestCoach.TEXTS.get(key, namesAndValues);
    }

    /** The user's contacts with a stay-in-touch cadence chosen, plus the notes they kept. */
    private int cadencesAndNotes(UserId user) {
        return bench.database().inTransaction(c -> Sql.one(c, "SELECT (SELECT COUNT(*) FROM contacts WHERE owner_id = ?"
                + " AND touch_every_days IS NOT NULL) + (SELECT COUNT(*) FROM contact_notes WHERE owner_id = ?)", s -> {
                    s.setString(1, user.value());
                    s.setString(2, user.value());
                }, row -> row.getInt(1)).orElseThrow());
    }
}
