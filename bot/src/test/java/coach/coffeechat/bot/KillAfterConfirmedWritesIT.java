package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The durability promise on the packaged jar: a {@code kill -9} right after the bot confirmed changes loses none of
 * them. On a database in each state (fresh, reopened after a clean stop, after an earlier kill, after an offline
 * compaction, and the file from {@code kill9-snapshot} on which H2 used to drop the last confirmed change), the jar
 * is started, what was confirmed before is checked, new changes are made (a contact, the quiet hours, the LinkedIn
 * plan) and the process is killed the moment the last one is confirmed: 11 kills per state, 55 in all.
 */
final class KillAfterConfirmedWritesIT {
    static final int KILLS_PER_STATE = 11;
    private static final Pattern SETTINGS = Pattern.compile("quiet hours (\\S+); LinkedIn (\\w+) \\(");

    @TempDir
    Path work;

    /** The states a database can be in when the bot is killed. */
    enum State {
        FRESH, REOPENED, AFTER_A_KILL, COMPACTED, KILL9_SNAPSHOT
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void aKillRightAfterConfirmationsLosesNothingConfirmed(State state) throws Exception {
        Path dataDir = work.resolve(state.name().toLowerCase());
        Confirmed confirmed = prepare(state, dataDir);

        for (int kill = 0; kill < KILLS_PER_STATE; kill++) {
            try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
                // THEN everything confirmed before the last kill is there
                confirmed.checkAgainst(jar, state + ", start " + (kill + 1));

                // WHEN changes are confirmed and the process is killed at once
                confirmed = makeChanges(jar, confirmed, kill);
                jar.kill();
            }
        }
        try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
            confirmed.checkAgainst(jar, state + ", after the last kill");
            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
        }
    }

    private Confirmed prepare(State state, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        switch (state) {
            case FRESH -> {
                return Confirmed.NOTHING;
            }
            case REOPENED, COMPACTED -> {
                Confirmed confirmed = stopCleanlyAfter(dataDir, 40);
                if (state == State.COMPACTED) {
                    MVStoreTool.compact(dataDir.resolve("coffeechat.mv.db").toString(), false);
                }
                return confirmed;
            }
            case AFTER_A_KILL -> {
                try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
                    Confirmed confirmed = Confirmed.NOTHING;
                    for (int change = 40; change < 45; change++) {
                        confirmed = makeChanges(jar, confirmed, change);
                    }
                    jar.kill();
                    return confirmed;
                }
            }
            case KILL9_SNAPSHOT -> {
                try (InputStream snapshot = Objects.requireNonNull(getClass().getResourceAsStream(
                        "/kill9-snapshot/coffeechat.mv.db"), "the kill9-snapshot fixture")) {
                    Files.copy(snapshot, dataDir.resolve("coffeechat.mv.db"));
                }
                return Confirmed.NOTHING;
            }
            default -> throw new IllegalArgumentException(state.name());
        }
    }

    /** A session of many changes ended normally, so that the file is closed, with holes left by rewritten data. */
    private static Confirmed stopCleanlyAfter(Path dataDir, int changes) {
        try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
            Confirmed confirmed = Confirmed.NOTHING;
            for (int change = changes; change < changes + 5; change++) {
                confirmed = makeChanges(jar, confirmed, change);
            }
            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
            return confirmed;
        }
    }

    /**
     * The changes of one round, each waited for until the bot confirms it: first as in {@code kill9-snapshot}'s
     * script (a contact added, then the LinkedIn plan), then also the quiet hours; every third round ends with the
     * contact, so that the kill follows a large commit as well as a small one.
     */
    private static Confirmed makeChanges(RunningJar jar, Confirmed before, int round) {
        String name = round == 0 ? "Zed One" : DistinctNames.nth(round);
        jar.type("/cancel").type("/contact add").type(name).type("").type("").type("")
                .type("cold").type("LinkedIn").type("skip").type("yes");
        jar.await("Saved " + name + ".", RunningJar.ANSWER);
        Confirmed confirmed = before.withContact(name);
        if (round % 3 == 2) {
            return confirmed;
        }
        if (round > 0) {
            String quietHours = String.format("22:%02d-07:00", round % 60);
            jar.type("/settings quiet-hours: " + quietHours);
            jar.await("quiet hours " + quietHours + ";", RunningJar.ANSWER);
            confirmed = confirmed.withQuietHours(quietHours);
        }
        String plan = "premium".equals(confirmed.linkedInPlan()) ? "free" : "premium";
        jar.type("/settings linkedin: " + plan);
        String answer = jar.await("LinkedIn " + plan + " (", RunningJar.ANSWER);
        assertThat(answer).contains("Saved.");
        return confirmed.withLinkedInPlan(plan);
    }

    /** What the bot confirmed so far: the contacts added, the last quiet hours and LinkedIn plan (null: not yet). */
    private record Confirmed(Set<String> contacts, String quietHours, String linkedInPlan) {
        static final Confirmed NOTHING = new Confirmed(Set.of(), null, null);

        Confirmed withContact(String name) {
            Set<String> names = new LinkedHashSet<>(contacts);
            names.add(name);
            return new Confirmed(names, quietHours, linkedInPlan);
        }

        Confirmed withQuietHours(String value) {
            return new Confirmed(contacts, value, linkedInPlan);
        }

        Confirmed withLinkedInPlan(String value) {
            return new Confirmed(contacts, quietHours, value);
        }

        void checkAgainst(RunningJar jar, String when) {
            if (equals(NOTHING)) {
                return;
            }
            String shown = jar.type("/contact list").type("/settings").await("Change any of them", RunningJar.ANSWER);
            for (String name : contacts) {
                assertThat(shown).as(when + ": the confirmed contact " + name).contains(". " + name + " ");
            }
            Matcher settings = SETTINGS.matcher(shown);
            assertThat(settings.find()).as(when + ": the settings are shown in\n" + shown).isTrue();
            if (quietHours != null) {
                assertThat(settings.group(1)).as(when + ": the confirmed quiet hours").isEqualTo(quietHours);
            }
            if (linkedInPlan != null) {
                assertThat(settings.group(2)).as(when + ": the confirmed LinkedIn plan").isEqualTo(linkedInPlan);
            }
        }
    }
}
