package coach.coffeechat.request;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.config.Wording;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import coach.coffeechat.user.UserRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The guided request flow, {@code request-draft}: format, the user's name and summary (asked once, offered as
 * the default after), what they want to learn, how many minutes, whether to offer the questions ahead; then the
 * draft with its checks, which the user can edit and check again, keep as a draft (the next request for the contact
 * opens on it, as it was left), or mark as sent (moving the contact to "request sent" with the date).
 */
final class RequestFlows {
    static final String DRAFT = "request-draft";
    /** The draft's text once edited, or a kept draft's text; empty while the draft follows the answers. */
    static final String EDITED = "text";
    /** Set when the flow opens on a draft kept earlier, whose answers are not known: it may start a new one. */
    static final String KEPT = "kept";
    /** The server the command was typed in, empty for none: its cohort's minutes and templates apply. */
    static final String SERVER = "server";
    private static final int[] OFFERED_MINUTES = {10, 15, 20, 30};

    private static final int SENDER_MAX = 60;
    private static final int SUMMARY_MAX = 400;
    private static final int LEARN_MAX = 150;

    private final Texts texts;
    private final ContactBook contacts;
    private final UserRepository users;
    private final RequestRepository requests;
    private final RequestDrafter drafter;
    private final ServerMaterial material;
    private final Supplier<RequestChecker> checker;
    private final ReportFormatter reports;
    private final ContactHandOff.Receiver handedIn;

    RequestFlows(Texts texts, ContactBook contacts, UserRepository users, RequestRepository requests,
                 RequestDrafter drafter, Supplier<RequestChecker> checker, ServerMaterial material) {
        this.texts = texts;
        this.material = material;
        this.contacts = contacts;
        this.users = users;
        this.requests = requests;
        this.drafter = drafter;
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
        this.handedIn = new ContactHandOff.Receiver(contacts, texts);
    }

    List<Flow> all() {
        return List.of(draft());
    }

    private Flow draft() {
        return Flow.of(DRAFT, () -> texts.get("request.title"), List.of(
                Step.named("format")
                        .prompt(context -> new Prompt.Choice(texts.get("request.format",
                                "name", contact(context).map(Contact::name).orElse("")), formatOptions()))
                        .check(RequestFlows::dropEdit)
                        .help(() -> texts.get("request.format.help"))
                        .next(context -> Next.goTo("about"))
                        .build(),
                Step.named("about")
                        .prompt(context -> {
                            UserRepository.Profile profile = users.profile(context.connection(), context.user());
                            return new Prompt.Form(texts.get(profile.summary().isEmpty() ? "request.about"
                                    : "request.about.remembered"), texts.get("request.about.title"), List.of(
                                    new Prompt.Field("sender", texts.get("request.about.sender"),
                                            Prompt.TextLength.SHORT, true, SENDER_MAX,
                                            texts.get("request.about.sender.placeholder"), profile.displayName()),
                                    new Prompt.Field("summary", texts.get("request.about.summary"),
                                            Prompt.TextLength.LONG, true, SUMMARY_MAX,
                                            texts.get("request.about.summary.placeholder"), profile.summary())));
                        })
                        .check(RequestFlows::dropEdit)
                        .help(() -> texts.get("request.about.help"))
                        .next(context -> Next.goTo("learn"))
                        .build(),
                Step.named("learn")
                        .prompt(context -> new Prompt.Text(texts.get("request.learn",
                                "name", contact(context).map(Contact::name).orElse("")),
                                texts.get("request.learn.label"), Prompt.TextLength.SHORT, LEARN_MAX,
                                texts.get("request.learn.placeholder"), ""))
                        .check(RequestFlows::dropEdit)
                        .help(() -> texts.get("request.learn.help"))
                        .next(context -> Next.goTo("minutes"))
                        .build(),
                Step.named("minutes")
                        .prompt(this::minutes)
                        .check(RequestFlows::dropEdit)
                        .help(() -> texts.get("request.minutes.help"))
                        // A LinkedIn note has no room for the offer to send the questions ahead.
                        .next(context -> Next.goTo(isNote(context) ? "review" : "offer"))
                        .build(),
                Step.named("offer")
                        .prompt(context -> new Prompt.Confirm(texts.get("request.offer-ask"),
                                texts.get("request.offer-ask.yes"), texts.get("request.offer-ask.no")))
                        .check(RequestFlows::dropEdit)
                        .next(context -> Next.goTo("review"))
                        .build(),
                Step.named("review")
                        .prompt(this::review)
                        .menu()
                        .help(() -> texts.get("request.review.help"))
                        .next(context -> switch (context.answer("review")) {
                            case "edit" -> Next.goTo("edit");
                            case "new" -> Next.goTo("format");
                            default -> Next.finish();
                        })
                        .build(),
                Step.named("edit")
                        .prompt(context -> new Prompt.Text(texts.get("request.edit"), texts.get("request.edit.label"),
                                Prompt.TextLength.LONG, Prompt.MAX_TEXT, "", text(context)))
                        .check((values, context) -> new Validation.Valid(Map.of(EDITED, values.get("edit"))))
                        .next(context -> Next.goTo("review", texts.get("request.edited")))
                        .build()),
                this::finish);
    }

    // Any change to what the draft is made of drops an earlier hand edit (or a kept draft), so the draft shown
    // always matches the answers.
    private static Validation dropEdit(Map<String, String> values, StepContext context) {
        Map<String, String> kept = new HashMap<>(values);
        kept.put(EDITED, "");
        kept.put(KEPT, "");
        return new Validation.Valid(kept);
    }

    private List<Prompt.Option> formatOptions() {
        List<Prompt.Option> options = new ArrayList<>();
        for (RequestFormat format : RequestFormat.values()) {
            options.add(new Prompt.Option(format.id(), texts.get("request.format." + format.id()),
                    texts.get("request.format." + format.id() + ".hint")));
        }
        return options;
    }

    /** The times to ask for; the one recommended is the cohort's usual length when there is one (see below). */
    private Prompt minutes(StepContext context) {
        int recommended = recommendedMinutes(context);
        List<Prompt.Option> options = new ArrayList<>();
        for (int minutes : OFFERED_MINUTES) {
            String label = texts.get("request.minutes.option", "minutes", minutes);
            options.add(minutes == recommended ? new Prompt.Option(Integer.toString(minutes), label,
                    texts.get("request.minutes.recommended")) : Prompt.Option.of(Integer.toString(minutes), label));
        }
        return new Prompt.Choice(texts.get("request.minutes"), options, Integer.toString(recommended));
    }

    private Prompt review(StepContext context) {
        String prompt;
        CheckReport report;
        if (context.answer(EDITED).isEmpty()) {
            RequestDrafter.Draft draft = drafter.write(inputs(context), template(context));
            report = check(context, draft.text());
            List<String> notes = new ArrayList<>(List.of(reports.format(report, false)));
            RequestFeature.shortenedNote(texts, draft).ifPresent(notes::add);
            Contact contact = contactOrGone(context);
            if (contact.why().isBlank()) {
                notes.add(texts.get("request.why.missing", "name", Wording.firstName(contact.name())));
            }
            prompt = texts.get("request.review", "draft", draft.text(), "checks", String.join("\n\n", notes));
        } else {
            String text = context.answer(EDITED);
            report = check(context, text);
            prompt = texts.get("request.review.edited", "draft", text, "checks", reports.format(report, false));
        }
        List<Prompt.Option> options = new ArrayList<>(List.of(
                Prompt.Option.of("edit", texts.get("request.review.edit")),
                Prompt.Option.of("sent", texts.get("request.review.sent")),
                Prompt.Option.of("later", texts.get("request.review.later"))));
        if (!context.answer(KEPT).isEmpty()) {
            options.add(Prompt.Option.of("new", texts.get("request.review.new")));
        }
        // The natural next step: fix what the checks call an error, else send it.
        return new Prompt.Choice(prompt, options, report.ok() ? "sent" : "edit");
    }

    private static boolean isNote(StepContext context) {
        return RequestFormat.LINKEDIN.id().equals(context.answer("format"));
    }

    /** The draft as it stands: the user's edit, or the template's text. */
    private String text(StepContext context) {
        if (!context.answer(EDITED).isEmpty()) {
            return context.answer(EDITED);
        }
        return drafter.write(inputs(context), template(context)).text();
    }

    /**
     * The time to ask for by default: in a coach's server, the offered time nearest the cohort's usual meeting
     * length (a longer meeting still starts with a request for 30 minutes at most); else 15 minutes.
     */
    private int recommendedMinutes(StepContext context) {
        int usual = material.usualMinutes(context.connection(), context.answer(SERVER), DraftInputs.MINUTES);
        int nearest = OFFERED_MINUTES[0];
        for (int offered : OFFERED_MINUTES) {
            if (Math.abs(offered - usual) < Math.abs(nearest - usual)) {
                nearest = offered;
            }
        }
        return nearest;
    }

    /** The template of the server the draft was started in, if its coach wrote one. */
    private Optional<String> template(StepContext context) {
        DraftInputs inputs = inputs(context);
        return material.template(context.connection(), context.answer(SERVER),
                RequestTemplates.name(inputs.format(), inputs.variant()));
    }

    private DraftInputs inputs(StepContext context) {
        Contact contact = contactOrGone(context);
        int minutes = Minutes.stored(context.answer("minutes"), DraftInputs.MINUTES.withDefault(
                recommendedMinutes(context))).count();
        return new DraftInputs(format(context), contact.name(), contact.warmth(), contact.source(),
                contact.referrerName(), contact.why(), context.answer("learn"), context.answer("summary"), context.answer("sender"),
                minutes, !isNote(context) && !"no".equals(context.answer("offer")), users.linkedInPlan(context.connection(), context.user()));
    }

    private CheckReport check(StepContext context, String text) {
        Contact contact = contactOrGone(context);
        return checker.get().check(new RequestDraft(text, format(context), contact.referrerName(), contact.name(),
                users.linkedInPlan(context.connection(), context.user())));
    }

    private static RequestFormat format(StepContext context) {
        return RequestFormat.fromId(context.answer("format")).orElse(RequestFormat.EMAIL);
    }

    private Completion finish(StepContext context) {
        return handedIn.finish(context, contact -> finish(context, contact));
    }

    private Completion finish(StepContext context, Contact contact) {
        String text = text(context);
        boolean sent = "sent".equals(context.answer("review"));
        if (!context.answer("sender").isEmpty()) {
            // A kept draft picked up again skips the questions: the profile remembered from them stays.
            users.saveProfile(context.connection(), context.user(),
                    new UserRepository.Profile(context.answer("sender"), context.answer("summary")), context.now());
        }
        requests.save(context.connection(), context.user(), contact.id(), context.answer(SERVER), format(context),
                text, context.now(),
                sent ? context.now() : null);
        if (!sent) {
            if (contact.stage() == Stage.IDENTIFIED) {
                contacts.moveStage(context.connection(), context.user(), contact.id(), Stage.REQUEST_DRAFTED,
                        context.now());
            }
            return Completion.of(texts.get("request.kept", "name", contact.name()));
        }
        contacts.moveStage(context.connection(), context.user(), contact.id(), Stage.REQUEST_SENT, context.now());
        ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
        return Completion.of(texts.get("request.sent", "name", contact.name(),
                "date",
                        DateShape.DAY_MONTH_YEAR.format(texts, context.now().atZone(zone))),
                        texts.get("request.sent.next"));
    }

    // A contact removed while this flow was set aside: the flow still shows, and finishing changes nothing.
    private Contact contactOrGone(StepContext context) {
        return handedIn.contactOrPlaceholder(context);
    }

    private Optional<Contact> contact(StepContext context) {
        return handedIn.contact(context);
    }
}
