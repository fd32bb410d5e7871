package coach.coffeechat.coach;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.store.AfterCommit;
import coach.coffeechat.store.Database;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer's weekly digests: each round, every server with a digest channel whose latest slot (its day and local
 * time, in its zone) has come, and came after the server was set up, has that week's digest claimed in the round's
 * transaction, written from the data as it is (in the server's language), and posted once the claim is committed; then it is marked posted.
 * A process that dies while posting leaves a claim whose lease runs out, and the next round posts it again with
 * the same nonce, which Discord recognises. Only the latest week is ever posted: after a long stop the bot does not
 * post a backlog of old digests.
 */
final class DigestDuty implements TimerDuty {
    /** How long a claimed digest is reserved for posting before it may be claimed again. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(DigestDuty.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ServerRepository servers;
    private final MemberRepository members;
    private final FiguresReader figures;
    private final DigestWriter writer;
    private final DigestRepository digests;
    private final DigestSink sink;
    private final Languages languages;

    DigestDuty(DataSource dataSource, Clock clock, ServerRepository servers, MemberRepository members,
               FiguresReader figures, DigestWriter writer, DigestRepository digests, DigestSink sink,
               Languages languages) {
        this.languages = languages;
        this.dataSource = dataSource;
        this.clock = clock;
        this.servers = servers;
        this.members = members;
        this.figures = figures;
        this.writer = writer;
        this.digests = digests;
        this.sink = sink;
    }

    @Override
    public int runDue(Connection connection, Instant now, int limit) {
        int claimed = 0;
        for (ServerSetup setup : servers.withDigest(connection)) {
            if (claimed >= limit) {
                break;
            }
            DigestSlot slot = DigestSlot.latest(setup, now);
            Optional<Instant> created = servers.createdAt(connection, setup.serverId());
            if (created.isEmpty() || slot.dueAt().isBefore(created.get())
                    || !digests.claim(connection, setup.serverId(), slot.week(), slot.dueAt(), now, now.plus(LEASE))) {
                continue;
            }
            List<Figures> sharing = figures.read(connection, members.sharing(connection, setup.serverId()), now);
            // Worded in the server's language: its channel is shared, whatever the timer's thread speaks.
            Digest digest;
            try (LanguageScope scope = LanguageScope.open(setup.speaks(languages))) {
                digest = writer.write(setup, slot, sharing);
            }
            AfterCommit.run(() -> post(digest));
            claimed++;
        }
        return claimed;
    }

    private void post(Digest digest) {
        DigestSink.Outcome outcome;
        try {
            outcome = sink.post(digest);
        } catch (RuntimeException e) {
            outcome = new DigestSink.Failed(e.toString());
        }
        if (outcome instanceof DigestSink.Failed failed) {
            LOG.warn("the digest of server {} for the week of {} could not be posted ({}); trying again in {} min",
                    digest.serverId(), digest.week(), failed.reason(), LEASE.toMinutes());
            return;
        }
        Database.inTransaction(dataSource, connection -> {
            digests.posted(connection, digest.serverId(), digest.week(), clock.instant());
            return null;
        });
    }
}
