package coach.coffeechat.coach;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Place;
import java.sql.Connection;
import java.util.Optional;

/**
 * Who may change a server's material: the coach role or Manage Server, as for the roster, checked on every use
 * whatever Discord showed. Stateless.
 */
final class CoachAccess {
    private final Texts texts;
    private final ServerRepository servers;

    CoachAccess(Texts texts, ServerRepository servers) {
        this.texts = texts;
        this.servers = servers;
    }

    /** The server's setup when the member may change its material; else what to tell them. */
    Result check(Connection connection, Place place) {
        if (!place.inServer()) {
            return new Refused(CommandHandler.respond(texts.get("coach.not-in-server")));
        }
        Optional<ServerSetup> setup = servers.find(connection, place.serverId());
        if (setup.isEmpty()) {
            return new Refused(CommandHandler.respond(texts.get("coach.not-set-up", "server", place.serverName())));
        }
        if (!place.managesServer() && !place.hasRole(setup.get().coachRole())) {
            return new Refused(CommandHandler.respond(texts.get("coach.material.not-coach")));
        }
        return new Allowed(setup.get());
    }

    /** Whether a member may go on. */
    sealed interface Result permits Allowed, Refused {
    }

    /** A coach of a set-up server. */
    record Allowed(ServerSetup setup) implements Result {
    }

    /** Not a coach here, or no server: the reply. */
    record Refused(CommandHandler.Result reply) implements Result {
    }
}
