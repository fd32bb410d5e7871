package coach.coffeechat.privacy;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import java.util.List;

/**
 * {@code /privacy forget}: after the user confirms, everything the bot keeps about them is erased, and the bot says
 * so. Without anything kept, it says that instead of asking.
 */
public final class PrivacyFeature implements Feature {
    static final String FORGET = "privacy-forget";

    private final Texts texts;
    private final UserData data;

    private PrivacyFeature(Texts texts, UserData data) {
        this.texts = texts;
        this.data = data;
    }

    /**
     * The privacy feature.
     *
     * @param texts the messages
     * @param personalData every kind of data the other features and the engine keep about a user, in the order
     *     they were assembled (data that refers to other data after it); erased in reverse
     */
    public static PrivacyFeature create(Texts texts, List<PersonalData> personalData) {
        return new PrivacyFeature(texts, new UserData(personalData));
    }

    /** Adds {@code /privacy forget}. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        catalog.add(CommandSpec.of("privacy forget", "Delete everything I keep about you, after you confirm"),
                this::forget);
    }

    /** The confirmation flow. */
    @Override
    public List<Flow> flows() {
        Step confirm = Step.named("confirm")
                .prompt(context -> {
                    UserData.Summary kept = data.summary(context.connection(), context.user());
                    return new Prompt.Confirm(texts.get("privacy.forget.confirm",
                            "contacts", kept.count("contacts"), "meetings", kept.count("meetings"),
                            "questions", kept.count("questions"), "followups", kept.count("followups")),
                            texts.get("privacy.forget.yes"), texts.get("privacy.forget.no"));
                })
                .next(context -> Next.finish())
                .build();
        return List.of(Flow.of(FORGET, texts.get("privacy.forget.title"), List.of(confirm), this::finish));
    }

    private CommandHandler.Result forget(Input.Command command, StepContext context) {
        if (data.summary(context.connection(), context.user()).empty()) {
            return CommandHandler.respond(texts.get("privacy.forget.nothing"));
        }
        return CommandHandler.launch(FORGET);
    }

    private Completion finish(StepContext context) {
        if (!"yes".equals(context.answer("confirm"))) {
            return Completion.of(texts.get("privacy.forget.kept"));
        }
        data.erase(context.connection(), context.user());
        return Completion.of(texts.get("privacy.forget.done"));
    }
}
