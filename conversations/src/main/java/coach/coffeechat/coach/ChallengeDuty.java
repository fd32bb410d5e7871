package coach.coffeechat.coach;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.store.AfterCommit;
import coach.coffeechat.store.Database;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer's challenge posts: each round, every challenge whose end is not posted yet gets its latest due post
 * (its announcement once started, its midpoint, its result once over) claimed in the round's transaction, written
 * from the data as it is in its server's language, and posted once the claim is committed; then it is marked posted. Only the latest due
 * moment is posted: after a long stop the bot posts the result, not a stale midpoint before it. A process that dies
 * while posting leaves a claim whose lease runs out, and a later round posts it again with the same nonce.
 */
final class ChallengeDuty implements TimerDuty {
    private static final Logger LOG = LoggerFactory.getLogger(ChallengeDuty.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ChallengeRepository challenges;
    private final ChallengePostRepository posts;
    private final ChallengeWriter writer;
    private final ChallengeSink sink;
    private final ServerRepository servers;
    private final Languages languages;

    ChallengeDuty(DataSource dataSource, Clock clock, ChallengeRepository challenges, ChallengePostRepository posts,
                  ChallengeWriter writer, ChallengeSink sink, ServerRepository servers, Languages languages) {
        this.servers = servers;
        this.languages = languages;
        this.dataSource = dataSource;
        this.clock = clock;
        this.challenges = challenges;
        this.posts = posts;
        this.writer = writer;
        this.sink = sink;
    }

    @Override
    public int runDue(Connection connection, Instant now, int limit) {
        int claimed = 0;
        for (Challenge challenge : challenges.unfinished(connection)) {
            if (claimed >= limit) {
                break;
            }
            Optional<ChallengePost.Moment> due = due(connection, challenge, now);
            if (due.isEmpty() || !posts.claim(connection, challenge.id(), due.get(), now,
                    now.plus(DigestDuty.LEASE))) {
                continue;
            }
            // Worded in the server's language: its channel is shared, whatever the timer's thread speaks.
            Language language = servers.find(connection, challenge.serverId()).map(setup -> setup.speaks(languages))
                    .orElse(Language.ENGLISH);
            ChallengePost post;
            try (LanguageScope scope = LanguageScope.open(language)) {
                post = writer.post(connection, challenge, due.get(), now);
            }
            AfterCommit.run(() -> post(post));
            claimed++;
        }
        return claimed;
    }

    /** The latest moment that has come; the announcement only while nothing later is due. */
    private Optional<ChallengePost.Moment> due(Connection connection, Challenge challenge, Instant now) {
        if (challenge.over(now)) {
            return Optional.of(ChallengePost.Moment.END);
        }
        if (!now.isBefore(challenge.midpoint())) {
            return Optional.of(ChallengePost.Moment.MIDPOINT);
        }
        return posts.taken(connection, challenge.id(), ChallengePost.Moment.START) ? Optional.empty()
                : Optional.of(ChallengePost.Moment.START);
    }

    private void post(ChallengePost post) {
        DigestSink.Outcome outcome;
        try {
            outcome = sink.post(post);
        } catch (RuntimeException e) {
            outcome = new DigestSink.Failed(e.toString());
        }
        if (outcome instanceof DigestSink.Failed failed) {
            LOG.warn("the {} post of challenge {} could not be posted ({}); trying again in {} min",
                    post.moment().id(), post.challengeId(), failed.reason(), DigestDuty.LEASE.toMinutes());
            return;
        }
        Database.inTransaction(dataSource, connection -> {
            posts.posted(connection, post.challengeId(), post.moment(), clock.instant());
            return null;
        });
    }
}
