package coach.coffeechat.pipeline;

import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.StageChange;
import coach.coffeechat.contact.ThankYous;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.meeting.MeetingHeld;
import coach.coffeechat.request.SentRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts a {@link Funnel} from plain lists, no database: the user's contacts, their stage changes (oldest first),
 * the requests they sent (oldest first) and the meetings they logged.
 *
 * <p>A referral gained is a contact someone introduced the user to (a referrer is named, or they came as a
 * referral). A contact counts as asked once, from the first time a request to them was marked sent (or they moved to
 * "request sent" without one drafted here; such asks count in the link split only). The ask got a reply when the
 * contact later moved to "replied" or any stage after it (a meeting, a thank-you); the days to reply run from the
 * ask to that first move. A request's length is short up to {@value #SHORT_WORDS} words, long over
 * {@value #LONG_WORDS}, medium between. Stateless.
 */
final class FunnelCounter {
    static final int SHORT_WORDS = 75;
    static final int LONG_WORDS = 120;
    private static final Set<Stage> ANSWERED = EnumSet.of(Stage.REPLIED, Stage.MEETING_SCHEDULED, Stage.MET,
            Stage.THANKED, Stage.STAYING_IN_TOUCH);
    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private FunnelCounter() {
    }

    /** One contact asked: when, and the request drafted here, if there was one. */
    private record Ask(Contact contact, Instant at, Optional<SentRequest> request, Optional<Instant> repliedAt) {
    }

    /** The funnel of these lists. */
    static Funnel count(List<Contact> contacts, List<StageChange> changes, List<SentRequest> sent,
                        List<MeetingHeld> meetings) {
        Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
        Map<Long, Contact> byId = new HashMap<>();
        int referrals = 0;
        for (Contact contact : contacts) {
            perStage.merge(contact.stage(), 1, Integer::sum);
            byId.put(contact.id(), contact);
            if (referred(contact) || contact.source() == Source.REFERRAL) {
                referrals++;
            }
        }
        List<Ask> asks = asks(byId, changes, sent);
        int thanked = 0;
        int onTime = 0;
        Map<Long, Instant> metAt = new HashMap<>();
        for (StageChange change : changes) {
            if (change.to() == Stage.MET) {
                metAt.put(change.contactId(), change.at());
            } else if (change.to() == Stage.THANKED && metAt.containsKey(change.contactId())) {
                thanked++;
                if (ThankYous.onTime(metAt.remove(change.contactId()), change.at())) {
                    onTime++;
                }
            }
        }
        List<Funnel.Split> splits = List.of(
                split(Funnel.Dimension.LINK, asks, ask -> Optional.of(link(ask.contact())),
                        List.of("referred", Warmth.WARM.id(), Warmth.LUKEWARM.id(), Warmth.COLD.id())),
                split(Funnel.Dimension.FORMAT, asks, ask -> ask.request().map(r -> r.format().id()),
                        Arrays.stream(RequestFormat.values()).map(RequestFormat::id).toList()),
                split(Funnel.Dimension.LENGTH, asks, ask -> ask.request().map(r -> length(r.words())),
                        List.of("short", "medium", "long")));
        return new Funnel(perStage, group("all", asks), meetings.size(), referrals, thanked, onTime, splits);
    }

    private static List<Ask> asks(Map<Long, Contact> byId, List<StageChange> changes, List<SentRequest> sent) {
        Map<Long, Instant> askedAt = new LinkedHashMap<>();
        Map<Long, SentRequest> firstRequest = new HashMap<>();
        for (SentRequest request : sent) {
            if (byId.containsKey(request.contactId()) && !firstRequest.containsKey(request.contactId())) {
                firstRequest.put(request.contactId(), request);
                askedAt.merge(request.contactId(), request.sentAt(), FunnelCounter::earlier);
            }
        }
        for (StageChange change : changes) {
            if (change.to() == Stage.REQUEST_SENT && byId.containsKey(change.contactId())) {
                askedAt.merge(change.contactId(), change.at(), FunnelCounter::earlier);
            }
        }
        List<Ask> asks = new ArrayList<>();
        for (Map.Entry<Long, Instant> asked : askedAt.entrySet()) {
            Optional<Instant> reply = changes.stream()
                    .filter(c -> c.contactId() == asked.getKey() && ANSWERED.contains(c.to())
                            && !c.at().isBefore(asked.getValue()))
                    .map(StageChange::at).findFirst();
            asks.add(new Ask(byId.get(asked.getKey()), asked.getValue(),
                    Optional.ofNullable(firstRequest.get(asked.getKey())), reply));
        }
        return asks;
    }

    private static Funnel.Split split(Funnel.Dimension dimension, List<Ask> asks,
                                      Function<Ask, Optional<String>> groupOf, List<String> order) {
        List<Funnel.Group> groups = new ArrayList<>();
        for (String id : order) {
            List<Ask> inGroup = asks.stream().filter(ask -> groupOf.apply(ask).filter(id::equals).isPresent())
                    .toList();
            if (!inGroup.isEmpty()) {
                groups.add(group(id, inGroup));
            }
        }
        return new Funnel.Split(dimension, groups);
    }

    private static Funnel.Group group(String id, List<Ask> asks) {
        List<Double> days = new ArrayList<>();
        for (Ask ask : asks) {
            ask.repliedAt().ifPresent(at -> days.add(Duration.between(ask.at(), at).toSeconds() / SECONDS_PER_DAY));
        }
        return new Funnel.Group(id, asks.size(), days.size(), days);
    }

    /** "referred" when someone introduced the user, otherwise the warmth. */
    static String link(Contact contact) {
        return referred(contact) ? "referred" : contact.warmth().id();
    }

    private static boolean referred(Contact contact) {
        return !contact.referrerName().isBlank() || contact.referrerId().isPresent();
    }

    /** "short", "medium" or "long". */
    static String length(int words) {
        return words <= SHORT_WORDS ? "short" : words > LONG_WORDS ? "long" : "medium";
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
