package coach.coffeechat.bot.discord;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord events into engine inputs and the engine's replies into Discord answers. Work for one user runs in
 * order on a per-user lane of a small pool it owns, never on JDA's gateway thread. An interaction is answered
 * directly when the reply is ready within {@link #DIRECT_WINDOW}, otherwise it is deferred and answered through its
 * hook. In a guild every answer is ephemeral. Thread-safe; close it after JDA has shut down.
 */
public final class InteractionRouter extends ListenerAdapter implements AutoCloseable {
    /** How long a reply may take before the interaction is deferred (Discord allows 3 s in all). */
    public static final Duration DIRECT_WINDOW = Duration.ofSeconds(1);
    /** How long an open-modal click may wait for the user's lane before the bot says it is busy instead. */
    static final Duration MODAL_WINDOW = Duration.ofMillis(2_200);
    /** How long closing waits for the work already queued. */
    static final Duration DRAIN_WINDOW = Duration.ofSeconds(5);
    /** The key of the note for a button, select or modal whose custom id this bot cannot read. */
    public static final String UNKNOWN_CLICK_KEY = "discord.unknown-click";
    /** The key of the note shown when handling an input failed. */
    static final String ERROR_KEY = "engine.error";
    /** The key of the note shown when a modal cannot open because the user's earlier input is still in hand. */
    static final String BUSY_KEY = "discord.busy";

    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);

    private final Coach coach;
    private final Conversations conversations;
    private final DiscordReplyRenderer renderer;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor deferrals;
    private final Map<String, CompletableFuture<?>> lanes = new ConcurrentHashMap<>();

    /** A router for this coach with a pool of four workers. */
    public InteractionRouter(Coach coach) {
        this(coach, 4);
    }

    /** A router for this coach with {@code threads} workers. */
    public InteractionRouter(Coach coach, int threads) {
        this.coach = Objects.requireNonNull(coach, "coach");
        this.conversations = coach.conversations();
        this.renderer = new DiscordReplyRenderer(DiscordLabels.from(coach.texts()));
        this.workers = Executors.newFixedThreadPool(threads, named("coach-discord-worker"));
        this.deferrals = new ScheduledThreadPoolExecutor(1, named("coach-discord-defer"));
        // A timer is cancelled once its interaction is answered; cancelled timers leave the queue at once.
        this.deferrals.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Map<String, String> options = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), option.getAsString());
        }
        Input.Command command = new Input.Command(event.getFullCommandName(), options);
        UserId user = user(event.getUser());
        answer(event, user, () -> conversations.handle(user, command));
    }

    /**
     * Suggests values while an option is typed: the user's own contacts (fuzzy, at most 25) for a contact option,
     * IANA zones for a time zone option. Answered off the gateway thread.
     */
    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        UserId user = user(event.getUser());
        AutoCompleteQuery focused = event.getFocusedOption();
        CommandSpec.OptionKind kind = coach.commands().find(event.getFullCommandName())
                .flatMap(spec -> spec.options().stream().filter(option -> option.name().equals(focused.getName()))
                        .findFirst())
                .map(CommandSpec.OptionSpec::kind)
                .orElse(CommandSpec.OptionKind.TEXT);
        workers.execute(() -> {
            try {
                List<String> values = coach.suggest(user, kind, focused.getValue(), OptionData.MAX_CHOICES).stream()
                        .map(value -> value.length() <= OptionData.MAX_CHOICE_VALUE_LENGTH ? value
                                : value.substring(0, OptionData.MAX_CHOICE_VALUE_LENGTH))
                        .distinct()
                        .toList();
                event.replyChoiceStrings(values).queue(null,
                        failure -> LOG.warn("could not answer an autocomplete: {}", failure.toString()));
            } catch (RuntimeException e) {
                LOG.error("suggesting values for {} failed", user, e);
            }
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        UserId user = user(event.getUser());
        Optional<Click> decoded = CustomIds.decode(event.getComponentId());
        if (decoded.isEmpty()) {
            unknown(event);
            return;
        }
        Click click = decoded.get();
        if (click instanceof Click.Option option) {
            answer(event, user,
                    () -> conversations.handle(user, new Input.Answer(option.optionId()), option.version()));
        } else if (click instanceof Click.Control control) {
            answer(event, user,
                    () -> conversations.handle(user, new Input.Control(control.action()), control.version()));
        } else if (click instanceof Click.Confirm confirm) {
            answer(event, user, () -> conversations.handle(user,
                    new Input.Answer(confirm.yes() ? "yes" : "no"), confirm.version()));
        } else if (click instanceof Click.Continue proceed) {
            answer(event, user, () -> conversations.handle(user, new Input.Answer(""), proceed.version()));
        } else if (click instanceof Click.OpenModal open) {
            openModal(event, user, open.version());
        } else if (click instanceof Click.FollowUp followUp) {
            answer(event, user, () -> notes(coach.actOnFollowUp(user, followUp.followUpId(), followUp.action())));
        } else {
            unknown(event);
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        UserId user = user(event.getUser());
        Optional<Click> decoded = CustomIds.decode(event.getComponentId());
        if (decoded.isEmpty() || !(decoded.get() instanceof Click.Select select) || event.getValues().isEmpty()) {
            unknown(event);
            return;
        }
        Click.Option picked = select.picked(event.getValues().get(0));
        answer(event, user,
                () -> conversations.handle(user, new Input.Answer(picked.optionId()), picked.version()));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        UserId user = user(event.getUser());
        Optional<Click> decoded = CustomIds.decode(event.getModalId());
        if (decoded.isEmpty() || !(decoded.get() instanceof Click.SubmitModal submit)) {
            unknown(event);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (ModalMapping mapping : event.getValues()) {
            values.put(mapping.getCustomId(), mapping.getAsString());
        }
        Input input = values.size() == 1 && values.containsKey(CustomIds.TEXT_ANSWER)
                ? new Input.Answer(values.get(CustomIds.TEXT_ANSWER))
                : new Input.Form(values);
        answer(event, user, () -> conversations.handle(user, input, submit.version()));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.getAuthor().isSystem() || !event.isFromType(ChannelType.PRIVATE)) {
            return;
        }
        String text = event.getMessage().getContentRaw();
        if (text.isBlank()) {
            return;
        }
        UserId user = user(event.getAuthor());
        inLane(user, () -> conversations.handle(user, new Input.Answer(text)))
                .handle((reply, failure) -> {
                    if (failure != null) {
                        LOG.error("handling a DM of {} failed", user, failure);
                    }
                    Reply shown = failure == null ? reply : note(ERROR_KEY);
                    event.getChannel().sendMessage(rendered(user, shown, renderer::render))
                            .queue(null, error -> LOG.warn("could not answer a DM of {}: {}", user, error.toString()));
                    return null;
                })
                .exceptionally(failure -> logged(user, failure));
    }

    /** Opens the modal of the current prompt; a modal must be the interaction's first answer. */
    private void openModal(ButtonInteractionEvent event, UserId user, long seenVersion) {
        boolean ephemeral = event.isFromGuild();
        // A modal must be the first answer and cannot be deferred: if the user's earlier input is still being
        // handled when Discord's 3 seconds run short, say so instead of letting the click time out.
        AtomicBoolean decided = new AtomicBoolean();
        ScheduledFuture<?> busy = deferrals.schedule(() -> {
            if (decided.compareAndSet(false, true)) {
                event.reply(renderer.render(note(BUSY_KEY)))
                        .setEphemeral(ephemeral)
                        .queue(null, failure -> LOG.warn("could not answer {}: {}", user, failure.toString()));
            }
        }, MODAL_WINDOW.toMillis(), TimeUnit.MILLISECONDS);
        inLane(user, () -> {
            if (!decided.compareAndSet(false, true)) {
                return null;
            }
            busy.cancel(false);
            Reply answer;
            try {
                Reply current = conversations.current(user);
                Optional<Modal> modal = current.version() == seenVersion ? renderer.modal(current) : Optional.empty();
                if (modal.isPresent()) {
                    event.replyModal(modal.get()).queue(null, failure -> LOG.warn("could not open a modal for {}: {}",
                            user, failure.toString()));
                    return null;
                }
                // Stale (or nothing to type any more): a click with the old version yields the stale note.
                answer = conversations.handle(user, new Input.Answer(""),
                        current.version() == seenVersion ? -1 : seenVersion);
            } catch (RuntimeException e) {
                LOG.error("opening a modal for {} failed", user, e);
                answer = note(ERROR_KEY);
            }
            event.reply(rendered(user, answer, renderer::render)).setEphemeral(ephemeral).queue(null,
                    failure -> LOG.warn("could not answer {}: {}", user, failure.toString()));
            return null;
        }).exceptionally(failure -> logged(user, failure));
    }

    /** Runs {@code work} on the user's lane and answers the interaction with its reply, deferring when slow. */
    private void answer(IReplyCallback event, UserId user, Supplier<Reply> work) {
        boolean ephemeral = event.isFromGuild();
        AtomicBoolean decided = new AtomicBoolean();
        CompletableFuture<Reply> reply = inLane(user, work);
        ScheduledFuture<?> deferral = deferrals.schedule(() -> {
            if (decided.compareAndSet(false, true)) {
                event.deferReply(ephemeral).queue(null,
                        failure -> LOG.warn("could not defer the answer to {}: {}", user, failure.toString()));
            }
        }, DIRECT_WINDOW.toMillis(), TimeUnit.MILLISECONDS);
        reply.handle((done, failure) -> {
            if (failure != null) {
                LOG.error("handling an interaction of {} failed", user, failure);
            }
            Reply shown = failure == null ? done : note(ERROR_KEY);
            if (decided.compareAndSet(false, true)) {
                deferral.cancel(false);
                event.reply(rendered(user, shown, renderer::render)).setEphemeral(ephemeral).queue(null,
                        error -> LOG.warn("could not answer {}: {}", user, error.toString()));
            } else {
                event.getHook().editOriginal(rendered(user, shown, renderer::renderEdit)).queue(null,
                        error -> LOG.warn("could not send the late answer to {}: {}", user, error.toString()));
            }
            return null;
        }).exceptionally(failure -> logged(user, failure));
    }

    /** The reply rendered; should it not render (a flow bug), the error note, so that the user always gets one. */
    private <M> M rendered(UserId user, Reply reply, Function<Reply, M> render) {
        try {
            return render.apply(reply);
        } catch (RuntimeException e) {
            LOG.error("rendering a reply to {} failed", user, e);
            return render.apply(note(ERROR_KEY));
        }
    }

    private void unknown(IReplyCallback event) {
        event.reply(renderer.render(note(UNKNOWN_CLICK_KEY))).setEphemeral(true)
                .queue(null, failure -> LOG.warn("could not answer an unknown click: {}", failure.toString()));
    }

    /** Queues {@code work} behind everything already queued for this user. */
    <T> CompletableFuture<T> inLane(UserId user, Supplier<T> work) {
        String key = user.toString();
        CompletableFuture<T>[] created = newHolder();
        lanes.compute(key, (k, tail) -> {
            CompletableFuture<?> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            created[0] = before.handle((ignored, failure) -> null).thenApplyAsync(ignored -> work.get(), workers);
            return created[0];
        });
        CompletableFuture<T> mine = created[0];
        mine.whenComplete((ignored, failure) -> lanes.remove(key, mine));
        return mine;
    }

    @SuppressWarnings("unchecked")
    private static <T> CompletableFuture<T>[] newHolder() {
        return new CompletableFuture[1];
    }

    private static Reply notes(List<String> notes) {
        return new Reply(notes, Optional.empty(), List.of(), -1, "");
    }

    private Reply note(String key) {
        return notes(List.of(coach.texts().get(key)));
    }

    private static Void logged(UserId user, Throwable failure) {
        LOG.error("handling input of {} failed", user, failure);
        return null;
    }

    private static UserId user(User user) {
        return new UserId(user.getId());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Lets the work already queued finish, every user's lane to its end, for up to {@link #DRAIN_WINDOW}, then
     * stops the workers. Remove the router from JDA first, so that no new events arrive meanwhile.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + DRAIN_WINDOW.toNanos();
        try {
            // A lane's tail completes after everything queued before it; new tails may join while we wait.
            while (!lanes.isEmpty() && System.nanoTime() < deadline) {
                CompletableFuture<?>[] tails = lanes.values().toArray(CompletableFuture[]::new);
                try {
                    CompletableFuture.allOf(tails).get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (ExecutionException failedWorkWasAnsweredAlready) {
                    // Each failure was answered and logged by its own interaction.
                } catch (TimeoutException e) {
                    LOG.warn("{} user(s) still had work in hand after {} s; stopping anyway", lanes.size(),
                            DRAIN_WINDOW.toSeconds());
                }
            }
            deferrals.shutdown();
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            deferrals.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            workers.shutdownNow();
            deferrals.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
