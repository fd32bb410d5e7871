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
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /coach roster}: the members of the server who share, with their figures, a page at a time, with buttons
 * for the previous and next page and for the other orders. Only for the coach role or Manage Server. It is an
 * offer: a page left open is never reminded of, and any other command closes it.
 */
final class RosterFlow {
    static final String FLOW = "coach-roster";
    private static final String STEP = "page";
    private static final String SERVER = "server";
    private static final String SORT = "sort";
    private static final String PAGE = "page-number";
    private static final String PREVIOUS = "previous";
    private static final String NEXT = "next";
    private static final String DONE = "done";

    private final Texts texts;
    private final ServerRepository servers;
    private final MemberRepository members;
    private final FiguresReader figures;
    private final RosterView view;

    RosterFlow(Texts texts, ServerRepository servers, MemberRepository members, FiguresReader figures) {
        this.texts = texts;
        this.servers = servers;
        this.members = members;
        this.figures = figures;
        this.view = new RosterView(texts);
    }

    /** The command: checks who asks, then shows the first page. */
    CommandHandler.Result roster(Input.Command command, StepContext context) {
        Place place = command.place();
        if (!place.inServer()) {
            return CommandHandler.respond(texts.get("coach.not-in-server"));
        }
        Optional<ServerSetup> setup = servers.find(context.connection(), place.serverId());
        if (setup.isEmpty()) {
            return CommandHandler.respond(texts.get("coach.not-set-up", "server", place.serverName()));
        }
        if (!place.managesServer() && !place.hasRole(setup.get().coachRole())) {
            return CommandHandler.respond(texts.get("coach.roster.not-coach"));
        }
        String typed = command.option(SORT);
        Optional<RosterSort> sort = typed.isEmpty() ? Optional.of(RosterSort.STUCK) : RosterSort.fromId(typed);
        if (sort.isEmpty()) {
            return CommandHandler.respond(texts.get("coach.roster.sort-unknown", "typed", typed));
        }
        if (members.sharing(context.connection(), place.serverId()).isEmpty()) {
            return CommandHandler.respond(texts.get("coach.roster.empty", "server", setup.get().name()));
        }
        Map<String, String> answers = Map.of(SERVER, place.serverId(), SORT, sort.get().id(), PAGE, "0");
        return new CommandHandler.Launch(FLOW, answers, List.of(page(context, answers)));
    }

    /** The looping page: each button moves the page or the order and shows the page again, until Done. */
    Flow flow() {
        Step page = Step.named(STEP)
                .prompt(this::buttons)
                .check(this::move)
                .next(context -> DONE.equals(context.answer(STEP)) ? Next.finish()
                        : Next.goTo(STEP, page(context, context.answers())))
                .build();
        return Flow.offer(FLOW, () -> texts.get("coach.roster.title"), page, context -> Completion.of());
    }

    private Prompt buttons(StepContext context) {
        int count = sharing(context).size();
        int page = page(context.answers());
        List<Prompt.Option> options = new ArrayList<>();
        if (page > 0) {
            options.add(Prompt.Option.of(PREVIOUS, texts.get("coach.roster.previous")));
        }
        if (page + 1 < RosterView.pages(count)) {
            options.add(Prompt.Option.of(NEXT, texts.get("coach.roster.next")));
        }
        RosterSort current = sort(context.answers());
        for (RosterSort sort : RosterSort.values()) {
            if (sort != current) {
                options.add(Prompt.Option.of(sort.id(), texts.get("coach.roster.by." + sort.id())));
            }
        }
        options.add(Prompt.Option.of(DONE, texts.get("coach.roster.done")));
        return new Prompt.Choice(texts.get("coach.roster.prompt"), options);
    }

    /** Turns the button into the page and order to show next. */
    private Validation move(Map<String, String> values, StepContext context) {
        String picked = values.getOrDefault(STEP, "");
        int page = page(context.answers());
        RosterSort sort = sort(context.answers());
        if (PREVIOUS.equals(picked)) {
            page = Math.max(0, page - 1);
        } else if (NEXT.equals(picked)) {
            page = page + 1;
        } else if (RosterSort.fromId(picked).isPresent()) {
            sort = RosterSort.fromId(picked).get();
            page = 0;
        }
        return new Validation.Valid(Map.of(STEP, picked, SORT, sort.id(), PAGE, Integer.toString(page)));
    }

    private String page(StepContext context, Map<String, String> answers) {
        String serverId = answers.getOrDefault(SERVER, "");
        Optional<ServerSetup> setup = servers.find(context.connection(), serverId);
        if (setup.isEmpty()) {
            return texts.get("coach.roster.gone");
        }
        List<Figures> all = figures.read(context.connection(), members.sharing(context.connection(), serverId),
                context.now());
        return view.page(all, sort(answers), page(answers), context.now(), setup.get().zone(), setup.get().name());
    }

    private List<Member> sharing(StepContext context) {
        return members.sharing(context.connection(), context.answer(SERVER));
    }

    private static RosterSort sort(Map<String, String> answers) {
        return RosterSort.fromId(answers.getOrDefault(SORT, "")).orElse(RosterSort.STUCK);
    }

    private static int page(Map<String, String> answers) {
        String page = answers.getOrDefault(PAGE, "0");
        return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }
}
