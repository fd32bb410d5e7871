package coach.coffeechat.bot.discord;

import coach.coffeechat.Coach;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
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
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord events into engine inputs and the engine's replies into Discord answers. Work for one user runs in
 * order on a per-user lane of a small pool it owns, never on JDA's gateway thread. An interaction is answered
 * directly when the reply is ready within {@link #DIRECT_WINDOW}, otherwise it is deferred and answered through its
 * hook (see {@link InteractionResponder}); the time comes from a {@link DeferralScheduler}. Every answer
 * is ephemeral but in the bot's own DM. Thread-safe; close it after JDA has shut down.
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
    /** How long downloading one attached file may take. */
    private static final Duration FILE_TIMEOUT = Duration.ofSeconds(20);

    /** The engine; until the database is open and migrated, the work of each input waits for it on its lane. */
    private final CompletableFuture<Coach> engine;
    private final Texts texts;
    private final ExecutorService workers;
    private final DeferralScheduler scheduler;
    private final UserLanes lanes;
    private final InteractionResponder responder;
    private final AttachedFiles files;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A router for this coach with a pool of four workers, on the real clock. */
    public InteractionRouter(Coach coach) {
        this(coach, 4);
    }

    /** A router for this coach with {@code threads} workers, on the real clock. */
    public InteractionRouter(Coach coach, int threads) {
        this(coach, UserLanes.workerPool(threads), DeferralScheduler.system());
    }

    /**
     * A router for this coach whose lanes run on {@code workers} and whose timers run on {@code scheduler}. The
     * router owns both: closing it shuts them down.
     */
    InteractionRouter(Coach coach, ExecutorService workers, DeferralScheduler scheduler) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(coach, "coach")), coach.texts(), workers,
                scheduler);
    }

    /**
     * A router for an engine still starting (its database opening while the gateway connects). Inputs arriving
     * before it is ready are taken at once and queued on their users' lanes, where their work waits for the engine;
     * an interaction is deferred after {@link #DIRECT_WINDOW} as usual, so none runs out of Discord's 3 seconds.
     * The router owns {@code workers} and {@code scheduler}: closing it shuts them down.
     */
    InteractionRouter(CompletableFuture<Coach> engine, Texts texts, ExecutorService workers,
                      DeferralScheduler scheduler) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.lanes = new UserLanes(workers);
        // Asked on the user's lane, where waiting for the engine to be ready is allowed.
        this.responder = new InteractionResponder(texts, lanes, scheduler,
                (user, locale) -> coach().language(user, locale));
        engine.thenAccept(ready -> lanes.measure(ready.meters()));
        this.files = new AttachedFiles(FILE_TIMEOUT);
    }

    /** The engine, waiting for it while it starts; call only from a worker, never from JDA's gateway thread. */
    private Coach coach() {
        return engine.join();
    }

    private Conversations conversations() {
        return coach().conversations();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Map<String, String> options = new HashMap<>();
        Map<String, Message.Attachment> attached = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            if (option.getType() == OptionType.ATTACHMENT) {
                attached.put(option.getName(), option.getAsAttachment());
            } else {
                options.put(option.getName(), option.getAsString());
            }
        }
        Input.Command command = new Input.Command(event.getFullCommandName(), options, DiscordPlaces.of(event));
        UserId user = user(event.getUser());
        responder.answer(event, user, () -> files.withFiles(command, attached)
                .map(withFiles -> conversations().handle(user, withFiles))
                .orElseGet(() -> InteractionResponder.notes(List.of(texts.get("discord.file-unreadable")))));
    }

    /**
     * Suggests values while an option is typed: the user's own contacts (fuzzy, at most 25) for a contact option,
     * IANA zones for a time zone option. Answered off the gateway thread.
     */
    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        UserId user = user(event.getUser());
        AutoCompleteQuery focused = event.getFocusedOption();
        workers.execute(() -> {
            try {
                Coach coach = coach();
                CommandSpec.OptionKind kind = coach.commands().find(event.getFullCommandName())
                        .flatMap(spec -> spec.options().stream()
                                .filter(option -> option.name().equals(focused.getName())).findFirst())
                        .map(CommandSpec.OptionSpec::kind)
                        .orElse(CommandSpec.OptionKind.TEXT);
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
            responder.unknown(event);
            return;
        }
        Click click = decoded.get();
        if (click instanceof Click.Option option) {
            responder.answer(event, user,
                    () -> conversations().handle(user, new Input.Pick(option.optionId()), option.version()));
        } else if (click instanceof Click.Control control) {
            responder.answer(event, user,
                    () -> conversations().handle(user, new Input.Control(control.action()), control.version()));
        } else if (click instanceof Click.Confirm confirm) {
            responder.answer(event, user, () -> conversations().handle(user,
                    new Input.Answer(confirm.yes() ? "yes" : "no"), confirm.version()));
        } else if (click instanceof Click.Continue proceed) {
            responder.answer(event, user, () -> conversations().handle(user, new Input.Answer(""), proceed.version()));
        } else if (click instanceof Click.OpenModal open) {
            responder.openModal(event, user, open.version(), this::conversations);
        } else if (click instanceof Click.FollowUp followUp) {
            responder.answer(event, user, () -> InteractionResponder.notes(
                    coach().actOnFollowUp(user, followUp.followUpId(), followUp.action())));
        } else if (click instanceof Click.JoinChallenge joining) {
            Input.Command join = new Input.Command("challenge join",
                    Map.of("challenge", String.valueOf(joining.challengeId())), DiscordPlaces.of(event));
            responder.answer(event, user, () -> conversations().handle(user, join));
        } else {
            responder.unknown(event);
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        UserId user = user(event.getUser());
        Optional<Click> decoded = CustomIds.decode(event.getComponentId());
        if (decoded.isEmpty() || !(decoded.get() instanceof Click.Select select) || event.getValues().isEmpty()) {
            responder.unknown(event);
            return;
        }
        Click.Option picked = select.picked(event.getValues().get(0));
        responder.answer(event, user,
                () -> conversations().handle(user, new Input.Pick(picked.optionId()), picked.version()));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        UserId user = user(event.getUser());
        Optional<Click> decoded = CustomIds.decode(event.getModalId());
        if (decoded.isEmpty() || !(decoded.get() instanceof Click.SubmitModal submit)) {
            responder.unknown(event);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (ModalMapping mapping : event.getValues()) {
            values.put(mapping.getCustomId(), mapping.getAsString());
        }
        Input input = values.size() == 1 && values.containsKey(CustomIds.TEXT_ANSWER)
                ? new Input.Answer(values.get(CustomIds.TEXT_ANSWER))
                : new Input.Form(values);
        responder.answer(event, user, () -> conversations().handle(user, input, submit.version()));
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
        responder.answerMessage(event, user, () -> conversations().handle(user, new Input.Answer(text)));
    }

    /** Queues {@code work} behind everything already queued for this user. */
    <T> CompletableFuture<T> inLane(UserId user, Supplier<T> work) {
        return lanes.run(user, work);
    }

    private static UserId user(User user) {
        return new UserId(user.getId());
    }

    /**
     * Lets the work already queued finish, every user's lane to its end, for up to {@link #DRAIN_WINDOW}, then
     * stops the workers and the timers. Remove the router from JDA first, so that no new events arrive meanwhile.
     * Closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            int stillBusy = lanes.drain(DRAIN_WINDOW, scheduler);
            if (stillBusy > 0) {
                LOG.warn("{} user(s) still had work in hand after {} s; stopping anyway", stillBusy,
                        DRAIN_WINDOW.toSeconds());
            }
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            scheduler.close();
        }
    }
}
