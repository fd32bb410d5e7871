package coach.coffeechat.engine;

import java.util.List;

/**
 * One capability of the product (contacts, requests, questions, meetings, follow-ups, settings, privacy ...) as
 * the assembly sees it: the commands it adds, the flows they may start, the messages it keeps for a user's next
 * interaction, the personal data it stores, and the work it asks the one timer to do. {@code Coach} loops over a
 * list of these; a feature keeps everything else (its repositories, planners, renderers) to itself.
 *
 * <p>Example, a feature with one command and no flow:
 * <pre>{@code
 * final class PingFeature implements Feature {
 *     public void registerCommands(CommandCatalog.Builder catalog) {
 *         catalog.add(CommandSpec.of("ping", "Check that I am here"),
 *                 (command, context) -> CommandHandler.respond("pong"));
 *     }
 * }
 * }</pre>
 */
public interface Feature {

    /** Adds this feature's commands to the catalog. */
    void registerCommands(CommandCatalog.Builder catalog);

    /** The flows this feature's commands may start; none by default. */
    default List<Flow> flows() {
        return List.of();
    }

    /** Messages this feature keeps for a user's next interaction; none by default. */
    default Notices notices() {
        return Notices.NONE;
    }

    /** What this feature stores about a user, for {@code /privacy forget}; nothing by default. */
    default List<PersonalData> personalData() {
        return List.of();
    }

    /**
     * What this feature asks the timer to do every round, before due prompts are claimed; nothing by default.
     *
     * @param idleFlows the engine's account of flows users left open, for duties that remind of them
     */
    default List<TimerDuty> timerDuties(IdleFlows idleFlows) {
        return List.of();
    }
}
