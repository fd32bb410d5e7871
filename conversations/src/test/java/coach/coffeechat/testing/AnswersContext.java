package coach.coffeechat.testing;

import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A step context that holds a flow's answers and nothing else, for tests of values that read answers: no database
 * (asking for the connection fails), Maya as the user, Monday morning as now.
 *
 * @param answers the flow's answers so far
 */
public record AnswersContext(Map<String, String> answers) implements StepContext {
    public AnswersContext {
        answers = Map.copyOf(answers);
    }

    @Override
    public UserId user() {
        return new UserId("maya");
    }

    @Override
    public Instant now() {
        return MutableClock.atMondayMorning().instant();
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("answers only: this context has no database");
    }

    @Override
    public Optional<String> openFlowTitle() {
        return Optional.empty();
    }
}
