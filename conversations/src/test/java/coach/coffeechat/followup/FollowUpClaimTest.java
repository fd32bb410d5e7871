package coach.coffeechat.followup;

import static coach.coffeechat.followup.FollowUpKit.MAYA;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two timers claiming at the same moment, as two bot processes on one PostgreSQL do: the second skips the rows the
 * first holds locked and takes the next ones, rather than waiting for the first to commit and then finding nothing.
 * H2's embedded file belongs to one process, and H2 applies the row limit before skipping locked rows: there the
 * second claim takes nothing this round (where it used to fail the whole round on a lock timeout).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class FollowUpClaimTest {
    private final MutableClock clock = MutableClock.atMondayMorning();
    private final FollowUpKit kit = new FollowUpKit(clock);

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aSecondClaimWhileTheFirstIsOpenTakesOtherRowsWithoutWaiting() throws Exception {
        Contact ana = kit.contact("Ana Li", "Acme");
        Instant now = clock.instant();
        kit.tx(c -> {
            for (int i = 0; i < 10; i++) {
                kit.followUps.schedule(c, new NewFollowUp(MAYA, OptionalLong.of(ana.id()), FollowUpKind.STAY_IN_TOUCH,
                        now.minus(Duration.ofMinutes(10 - i)), null, null, "due-" + i), now);
            }
            return null;
        });
        Instant leaseUntil = now.plus(Duration.ofMinutes(5));

        try (Connection first = kit.database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            List<FollowUp> firstClaim = kit.followUps.claimDue(first, now, leaseUntil, 4);

            // The other process claims while the first one's transaction is still open.
            List<FollowUp> secondClaim = CompletableFuture.supplyAsync(() -> kit.tx(
                    second -> kit.followUps.claimDue(second, now, leaseUntil, 4))).get(30, TimeUnit.SECONDS);
            first.commit();

            assertThat(firstClaim).hasSize(4);
            assertThat(secondClaim).hasSize(TestDatabases.onPostgres() ? 4 : 0);
            assertThat(ids(secondClaim)).doesNotContainAnyElementsOf(ids(firstClaim));
        }
        List<FollowUp> rest = kit.tx(c -> kit.followUps.claimDue(c, now, leaseUntil, 10));
        assertThat(rest).hasSize(10 - 4 - (TestDatabases.onPostgres() ? 4 : 0));
    }

    private static Set<Long> ids(List<FollowUp> claim) {
        return claim.stream().map(FollowUp::id).collect(Collectors.toSet());
    }
}
