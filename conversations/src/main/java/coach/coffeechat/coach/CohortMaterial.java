package coach.coffeechat.coach;

import coach.coffeechat.engine.ServerMaterial;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A server's material and cohort defaults, read from the coach's tables for the features that use them. */
final class CohortMaterial implements ServerMaterial {
    private final ServerRepository servers = new ServerRepository();
    private final MaterialRepository material = new MaterialRepository();

    @Override
    public Optional<String> template(Connection connection, String serverId, String name) {
        return serverId.isEmpty() ? Optional.empty() : material.template(connection, serverId, name);
    }

    @Override
    public List<Question> questions(Connection connection, String serverId) {
        return serverId.isEmpty() ? List.of() : material.questions(connection, serverId);
    }

    @Override
    public OptionalInt meetingMinutes(Connection connection, String serverId) {
        return setup(connection, serverId).map(setup -> OptionalInt.of(setup.meetingMinutes()))
                .orElse(OptionalInt.empty());
    }

    @Override
    public OptionalInt reminderDays(Connection connection, String serverId) {
        return setup(connection, serverId).map(setup -> OptionalInt.of(setup.reminderDays()))
                .orElse(OptionalInt.empty());
    }

    private Optional<ServerSetup> setup(Connection connection, String serverId) {
        return serverId.isEmpty() ? Optional.empty() : servers.find(connection, serverId);
    }
}
