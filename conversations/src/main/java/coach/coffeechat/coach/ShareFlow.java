package coach.coffeechat.coach;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /coach share level:}: what a member shares with the coach of the server they type it in. Sharing more
 * than nothing needs a confirmation that says exactly what the coach will and will not see; turning it off needs
 * none and takes the member out of every later roster and digest of that server at once. Other servers are not
 * touched.
 */
final class ShareFlow {
    static final String FLOW = "coach-share";
    private static final String SERVER = "server";
    private static final String SERVER_NAME = "server-name";
    private static final String MEMBER = "member";
    private static final String LEVEL = "level";

    private final Texts texts;
    private final ServerRepository servers;
    private final MemberRepository members;

    ShareFlow(Texts texts, ServerRepository servers, MemberRepository members) {
        this.texts = texts;
        this.servers = servers;
        this.members = members;
    }

    /** The command: off at once, counts or named after the confirmation. */
    CommandHandler.Result share(Input.Command command, StepContext context) {
        Place place = command.place();
        if (!place.inServer()) {
            return CommandHandler.respond(texts.get("coach.not-in-server"));
        }
        if (servers.find(context.connection(), place.serverId()).isEmpty()) {
            return CommandHandler.respond(texts.get("coach.share.not-set-up", "server", place.serverName()));
        }
        Optional<Sharing> level = Sharing.fromId(command.option(LEVEL));
        if (level.isEmpty()) {
            return CommandHandler.respond(texts.get("coach.share.level-unknown", "typed", command.option(LEVEL)));
        }
        Sharing now = members.sharing(context.connection(), place.serverId(), context.user());
        if (now == level.get()) {
            return CommandHandler.respond(texts.get("coach.share.unchanged." + now.id(), "server", place.serverName()));
        }
        if (level.get() == Sharing.OFF) {
            members.share(context.connection(), place.serverId(), context.user(), "", Sharing.OFF, context.now());
            return CommandHandler.respond(texts.get("coach.share.off", "server", place.serverName()));
        }
        String name = place.memberName().isBlank() ? context.user().value() : place.memberName();
        return new CommandHandler.Launch(FLOW, Map.of(SERVER, place.serverId(), SERVER_NAME, place.serverName(),
                MEMBER, name, LEVEL, level.get().id()), List.of());
    }

    /** The confirmation. */
    Flow flow() {
        Step confirm = Step.named("confirm")
                .prompt(context -> new Prompt.Confirm(texts.get("coach.share.explain." + context.answer(LEVEL),
                        "server", context.answer(SERVER_NAME), "name", context.answer(MEMBER)),
                        texts.get("coach.share.yes"), texts.get("coach.share.no")))
                .next(context -> Next.finish())
                .build();
        return Flow.of(FLOW, () -> texts.get("coach.share.title"), java.util.List.of(confirm), this::finish);
    }

    private Completion finish(StepContext context) {
        Sharing level = Sharing.fromId(context.answer(LEVEL)).orElse(Sharing.OFF);
        if (!"yes".equals(context.answer("confirm")) || level == Sharing.OFF) {
            return Completion.of(texts.get("coach.share.kept", "server", context.answer(SERVER_NAME)));
        }
        if (servers.find(context.connection(), context.answer(SERVER)).isEmpty()) {
            return Completion.of(texts.get("coach.share.not-set-up", "server", context.answer(SERVER_NAME)));
        }
        members.share(context.connection(), context.answer(SERVER), context.user(), context.answer(MEMBER), level,
                context.now());
        return Completion.of(texts.get("coach.share.done." + level.id(), "server", context.answer(SERVER_NAME)));
    }
}
