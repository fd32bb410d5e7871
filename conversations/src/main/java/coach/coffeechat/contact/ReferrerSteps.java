package coach.coffeechat.contact;

import static coach.coffeechat.contact.ContactAnswers.REFERRER;
import static coach.coffeechat.contact.ContactAnswers.REFERRER_ID;
import static coach.coffeechat.contact.ContactAnswers.REFERRER_NEW;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of {@code contact-add} that ask who referred the user to a lukewarm contact: the name typed is
 * recognised among the user's contacts (linked at once), offered as candidates to pick from, or added in the
 * {@code contact-quick-add} sub-flow, or kept as a name only; skipped or left blank, there is no referrer. All of
 * them go on to {@code reach}.
 */
final class ReferrerSteps {
    private static final int NAME_MAX = 100;

    private final Texts texts;
    private final ContactRepository contacts;
    private final ContactMatcher matcher;
    private final ContactFormatter format;

    ReferrerSteps(Texts texts, ContactRepository contacts, ContactMatcher matcher) {
        this.texts = texts;
        this.contacts = contacts;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
    }

    /** The steps, by id: referrer, referrer-pick, referrer-new. */
    List<Step> all() {
        return List.of(referrer(), referrerPick(), referrerNew());
    }

    private Step referrer() {
        return Step.named(REFERRER)
                .prompt(context -> new Prompt.Text(texts.get("contact.add.referrer", "name", context.answer("name")),
                        texts.get("contact.add.referrer.label"), Prompt.TextLength.SHORT, NAME_MAX,
                        texts.get("contact.add.referrer.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault(REFERRER, "");
                    if (ContactMatcher.normalise(typed).equals(ContactMatcher.normalise(context.answer("name")))) {
                        return Validation.invalid(texts.get("contact.add.referrer.self", "name", typed));
                    }
                    Map<String, String> kept = new HashMap<>(values);
                    kept.put(REFERRER_ID, "");
                    if (resolve(context, typed) instanceof ContactMatcher.Exact exact) {
                        kept.put(REFERRER_ID, Long.toString(exact.contact().id()));
                        kept.put(REFERRER, exact.contact().name());
                    }
                    return new Validation.Valid(kept);
                })
                .help(texts.get("contact.add.referrer.help"))
                .next(context -> {
                    if (!new ContactAnswers(context.answers()).namedReferrer()) {
                        return Next.goTo("reach");
                    }
                    ContactMatcher.Resolution found = resolve(context, context.answer(REFERRER));
                    if (found instanceof ContactMatcher.Exact exact) {
                        return Next.goTo("reach", texts.get("contact.add.referrer.linked",
                                "referrer", format.shortName(exact.contact())));
                    }
                    return found instanceof ContactMatcher.Candidates ? Next.goTo("referrer-pick")
                            : Next.goTo(REFERRER_NEW);
                })
                .build();
    }

    private Step referrerPick() {
        return Step.named("referrer-pick")
                .prompt(context -> {
                    String typed = context.answer(REFERRER);
                    List<Prompt.Option> options = new ArrayList<>();
                    if (resolve(context, typed) instanceof ContactMatcher.Candidates candidates) {
                        for (Contact contact : candidates.contacts()) {
                            options.add(Prompt.Option.of(ContactOptionId.of(contact), format.shortName(contact)));
                        }
                    }
                    options.add(Prompt.Option.of("new", texts.get("contact.add.referrer-pick.new", "typed", typed)));
                    return new Prompt.Choice(texts.get("contact.add.referrer-pick", "typed", typed), options);
                })
                .check((values, context) -> {
                    Map<String, String> kept = new HashMap<>(values);
                    Optional<Contact> contact = ContactOptionId.picked(contacts, context,
                            values.getOrDefault("referrer-pick", ""));
                    kept.put(REFERRER_ID, contact.map(c -> Long.toString(c.id())).orElse(""));
                    contact.ifPresent(c -> kept.put(REFERRER, c.name()));
                    return new Validation.Valid(kept);
                })
                .next(context -> context.answer(REFERRER_ID).isEmpty() ? Next.goTo(REFERRER_NEW)
                        : Next.goTo("reach"))
                .build();
    }

    private Step referrerNew() {
        return Step.named(REFERRER_NEW)
                .prompt(context -> {
                    String typed = context.answer(REFERRER);
                    return new Prompt.Choice(texts.get("contact.add.referrer-new", "typed", typed), List.of(
                            Prompt.Option.of("add", texts.get("contact.add.referrer-new.add", "typed", typed)),
                            Prompt.Option.of("name-only", texts.get("contact.add.referrer-new.name-only"))));
                })
                .next(context -> "add".equals(context.answer(REFERRER_NEW))
                        ? new Next.StartSubFlow(ContactFlows.QUICK_ADD, Map.of("name", context.answer(REFERRER)),
                                "reach")
                        : Next.goTo("reach"))
                .build();
    }

    private ContactMatcher.Resolution resolve(StepContext context, String typed) {
        return matcher.resolve(typed, contacts.list(context.connection(), context.user()));
    }
}
