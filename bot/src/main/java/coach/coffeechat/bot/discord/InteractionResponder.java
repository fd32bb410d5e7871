package coach.coffeechat.bot.discord;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions within Discord's time limits, and direct messages, with the work run on the user's lane. A
 * reply ready within {@link InteractionRouter#DIRECT_WINDOW} is the interaction's answer; otherwise the interaction is
 * deferred then, and the reply edited into the deferred answer once it is ready. A modal must be the first answer and
 * cannot be deferred: when the user's earlier work still holds the lane at {@link InteractionRouter#MODAL_WINDOW},
 * the user is told the bot is busy instead. Whichever comes first, the reply or the timer, answers; the other does
 * nothing. The timers run on a {@link DeferralScheduler}. Every answer is ephemeral but in the bot's own DM
 * ({@link #onlyForTheUser}). Thread-safe.
 *
 * <p>Each answer speaks the user's language: the work runs in a {@link LanguageScope} of the language picked for the
 * user and the interaction's locale ({@code languageOf}), and its reply is rendered, on whichever thread, in a scope
 * of that same language. The notes the timers send before any work ran (busy) and the error note speak the language
 * the interaction's locale picks. Thread-safe.
 */
// The language scopes are opened for their effect on the texts rendered inside them, never read: javac's "try" lint.
@SuppressWarnings("try")
final class InteractionResponder {
    // Logged under the router's name, as before the router was split: the category operators know.
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);

    private final Texts texts;
    private final ReplyFiles files;
    private final Map<String, DiscordReplyRenderer> renderers = new ConcurrentHashMap<>();
    private final UserLanes lanes;
    private final DeferralScheduler scheduler;
    private final BiFunction<UserId, Optional<String>, Language> languageOf;

    /**
     * @param texts the messages of every language
     * @param lanes the users' lanes
     * @param scheduler the timers
     * @param languageOf the language to answer a user in, given the interaction's Discord locale (empty for a DM)
     */
    InteractionResponder(Texts texts, UserLanes lanes, DeferralScheduler scheduler,
                         BiFunction<UserId, Optional<String>, Language> languageOf) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.languageOf = Objects.requireNonNull(languageOf, "languageOf");
        this.files = new ReplyFiles(texts);
        this.lanes = Objects.requireNonNull(lanes, "lanes");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Runs {@code work} on the user's lane and answers the interaction with its reply, deferring when slow. */
    void answer(IReplyCallback event, UserId user, Supplier<Reply> work) {
        boolean ephemeral = onlyForTheUser(event);
        AtomicBoolean decided = new AtomicBoolean();
        Optional<String> locale = localeOf(event);
        CompletableFuture<Spoken> reply = lanes.run(user, () -> spoken(user, locale, work));
        DeferralScheduler.Cancellable deferral = scheduler.schedule(InteractionRouter.DIRECT_WINDOW, () -> {
            if (decided.compareAndSet(false, true)) {
                event.deferReply(ephemeral).queue(null,
                        failure -> LOG.warn("could not defer the answer to {}: {}", user, failure.toString()));
            }
        });
        reply.handle((done, failure) -> {
            if (failure != null) {
                LOG.error("handling an interaction of {} failed", user, failure);
            }
            try (LanguageScope scope = LanguageScope.open(failure == null ? done.language() : early(locale))) {
                Reply shown = failure == null ? done.reply() : note(InteractionRouter.ERROR_KEY);
                if (decided.compareAndSet(false, true)) {
                    deferral.cancel();
                    event.reply(rendered(user, shown, renderer()::render)).setEphemeral(ephemeral).queue(null,
                            error -> LOG.warn("could not answer {}: {}", user, error.toString()));
                } else {
                    event.getHook().editOriginal(rendered(user, shown, renderer()::renderEdit)).queue(null,
                            error -> LOG.warn("could not send the late answer to {}: {}", user, error.toString()));
                }
            }
            return null;
        }).exceptionally(failure -> logged(user, failure));
    }

    /** Opens the modal of the user's current prompt; a modal must be the interaction's first answer. */
    void openModal(ButtonInteractionEvent event, UserId user, long seenVersion,
                   Supplier<Conversations> engine) {
        boolean ephemeral = onlyForTheUser(event);
        // A modal must be the first answer and cannot be deferred: if the user's earlier input is still being
        // handled when Discord's 3 seconds run short, say so instead of letting the click time out.
        AtomicBoolean decided = new AtomicBoolean();
        Optional<String> locale = localeOf(event);
        DeferralScheduler.Cancellable busy = scheduler.schedule(InteractionRouter.MODAL_WINDOW, () -> {
            if (decided.compareAndSet(false, true)) {
                try (LanguageScope scope = LanguageScope.open(early(locale))) {
                    event.reply(renderer().render(note(InteractionRouter.BUSY_KEY)))
                            .setEphemeral(ephemeral)
                            .queue(null, failure -> LOG.warn("could not answer {}: {}", user, failure.toString()));
                }
            }
        });
        lanes.run(user, () -> {
            if (!decided.compareAndSet(false, true)) {
                return null;
            }
            busy.cancel();
            try (LanguageScope scope = LanguageScope.open(languageOf.apply(user, locale))) {
                openModalNow(event, user, seenVersion, engine);
            }
            return null;
        }).exceptionally(failure -> logged(user, failure));
    }

    /** Opens the current prompt's modal, or answers with the stale note; runs in the user's lane and language. */
    private void openModalNow(ButtonInteractionEvent event, UserId user, long seenVersion,
                              Supplier<Conversations> engine) {
        boolean ephemeral = onlyForTheUser(event);
        Reply answer;
        try {
            Conversations conversations = engine.get();
            Reply current = conversations.current(user);
            Optional<Modal> modal = current.version() == seenVersion ? renderer().modal(current) : Optional.empty();
            if (modal.isPresent()) {
                event.replyModal(modal.get()).queue(null, failure -> LOG.warn("could not open a modal for {}: {}",
                        user, failure.toString()));
                return;
            }
            // Stale (or nothing to type any more): a click with the old version yields the stale note.
            answer = conversations.handle(user, new Input.Answer(""),
                    current.version() == seenVersion ? -1 : seenVersion);
        } catch (RuntimeException e) {
            LOG.error("opening a modal for {} failed", user, e);
            answer = note(InteractionRouter.ERROR_KEY);
        }
        event.reply(rendered(user, answer, renderer()::render)).setEphemeral(ephemeral).queue(null,
                failure -> LOG.warn("could not answer {}: {}", user, failure.toString()));
    }

    /** Runs {@code work} on the user's lane and sends its reply into the channel of the direct message. */
    void answerMessage(MessageReceivedEvent event, UserId user, Supplier<Reply> work) {
        lanes.run(user, () -> spoken(user, Optional.empty(), work))
                .handle((reply, failure) -> {
                    if (failure != null) {
                        LOG.error("handling a DM of {} failed", user, failure);
                    }
                    try (LanguageScope scope = LanguageScope.open(failure == null ? reply.language()
                            : Language.ENGLISH)) {
                        Reply shown = failure == null ? reply.reply() : note(InteractionRouter.ERROR_KEY);
                        event.getChannel().sendMessage(rendered(user, shown, renderer()::render)).queue(null,
                                error -> LOG.warn("could not answer a DM of {}: {}", user, error.toString()));
                    }
                    return null;
                })
                .exceptionally(failure -> logged(user, failure));
    }

    /** Answers a button, select or modal whose custom id this bot cannot read: a note only the user sees. */
    void unknown(IReplyCallback event) {
        try (LanguageScope scope = LanguageScope.open(early(localeOf(event)))) {
            event.reply(renderer().render(note(InteractionRouter.UNKNOWN_CLICK_KEY))).setEphemeral(true)
                    .queue(null, failure -> LOG.warn("could not answer an unknown click: {}", failure.toString()));
        }
    }

    /** A reply and the language it was written in, which its rendering speaks too. */
    private record Spoken(Reply reply, Language language) {
    }

    /** Runs the work in the user's language. */
    private Spoken spoken(UserId user, Optional<String> locale, Supplier<Reply> work) {
        Language language = languageOf.apply(user, locale);
        try (LanguageScope scope = LanguageScope.open(language)) {
            return new Spoken(work.get(), language);
        }
    }

    /** The Discord locale the user's client is set to, if Discord sent one. */
    static Optional<String> localeOf(Interaction event) {
        DiscordLocale locale = event.getUserLocale();
        return locale == null || locale == DiscordLocale.UNKNOWN ? Optional.empty() : Optional.of(locale.getLocale());
    }

    /** The language the locale alone picks: for notes sent before the user's own language is known. */
    private Language early(Optional<String> locale) {
        return locale.flatMap(texts.languages()::forDiscordLocale).orElse(Language.ENGLISH);
    }

    /** The renderer labelling its buttons in the current language. */
    private DiscordReplyRenderer renderer() {
        return renderers.computeIfAbsent(LanguageScope.current().tag(),
                tag -> new DiscordReplyRenderer(DiscordLabels.from(texts)));
    }

    /** The reply rendered; should it not render (a flow bug), the error note, so that the user always gets one. */
    private <M> M rendered(UserId user, Reply reply, Function<Reply, M> render) {
        try {
            return render.apply(files.fit(reply));
        } catch (RuntimeException e) {
            LOG.error("rendering a reply to {} failed", user, e);
            return render.apply(note(InteractionRouter.ERROR_KEY));
        }
    }

    /**
     * Whether the answer must be ephemeral: everywhere but the bot's own DM. In a server, a group DM or a DM between
     * other users (where a user who installed the app to their account uses it) others would see it. An answer
     * there is the interaction's one response, edited at most once after a deferral: never a follow-up message, of
     * which Discord allows a user-installed app only five per interaction where the bot is not a member.
     */
    static boolean onlyForTheUser(Interaction event) {
        return event.getContext() != InteractionContextType.BOT_DM;
    }

    /** A reply that is only these notes: no prompt, no buttons. */
    static Reply notes(List<String> notes) {
        return new Reply(notes, Optional.empty(), List.of(), -1, "");
    }

    private Reply note(String key) {
        return notes(List.of(texts.get(key)));
    }

    private static Void logged(UserId user, Throwable failure) {
        LOG.error("handling input of {} failed", user, failure);
        return null;
    }
}
