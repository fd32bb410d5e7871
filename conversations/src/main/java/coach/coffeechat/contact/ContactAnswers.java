package coach.coffeechat.contact;

import coach.coffeechat.engine.UserId;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What {@code contact-add} and {@code contact-quick-add} were told, read from their answers: unanswered choices
 * take their defaults (cold, other), and only a lukewarm contact whose referrer was named has one, so answers left
 * from before a "back" to the warmth step, or behind a skipped referrer, do not count.
 *
 * @param answers the flow's answers
 */
record ContactAnswers(Map<String, String> answers) {
    /** Answer keys the referrer steps set besides their own. */
    static final String REFERRER = "referrer";
    static final String REFERRER_ID = "referrer-id";
    static final String REFERRER_NEW = "referrer-new";

    ContactAnswers {
        answers = Map.copyOf(answers);
    }

    String name() {
        return answer("name");
    }

    Warmth warmth() {
        return Warmth.fromId(answer("warmth")).orElse(Warmth.COLD);
    }

    Source source() {
        return Source.fromId(answer("source")).orElse(Source.OTHER);
    }

    /**
     * Whether a referrer was named: the contact is lukewarm and the referrer step was answered with a name, not
     * skipped or left blank (a skipped optional answer is no name).
     */
    boolean namedReferrer() {
        return warmth() == Warmth.LUKEWARM && !answer(REFERRER).isBlank();
    }

    /**
     * The referrer's id among the user's contacts as answered: the one matched or picked, or the one just added in
     * the quick-add sub-flow; the caller checks it still exists.
     */
    OptionalLong referrerId() {
        if (!namedReferrer()) {
            return OptionalLong.empty();
        }
        String id = !answer(REFERRER_ID).isEmpty() ? answer(REFERRER_ID)
                : addedReferrer() ? answer(ContactFlows.SAVED_ID) : "";
        return id.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id));
    }

    /** The referrer's name: as saved in the quick-add sub-flow, else as matched, picked or typed. */
    String referrerName() {
        if (!namedReferrer()) {
            return "";
        }
        if (answer(REFERRER_ID).isEmpty() && addedReferrer() && !answer(ContactFlows.SAVED_NAME).isEmpty()) {
            return answer(ContactFlows.SAVED_NAME);
        }
        return answer(REFERRER);
    }

    /** The contact {@code contact-add} saves, referred by {@code referrerId} (checked to exist). */
    NewContact toNewContact(UserId owner, OptionalLong referrerId) {
        return new NewContact(owner, name(), answer("role"), answer("organisation"), warmth(), source(), referrerId,
                referrerName(), answer("why"), answer("reach"));
    }

    /** The contact {@code contact-quick-add} saves: who, how warm and from where, nothing more. */
    NewContact toQuickContact(UserId owner) {
        return new NewContact(owner, name(), answer("role"), answer("organisation"), warmth(), source(),
                OptionalLong.empty(), "", "", "");
    }

    String answer(String key) {
        return answers.getOrDefault(key, "");
    }

    private boolean addedReferrer() {
        return "add".equals(answer(REFERRER_NEW));
    }
}
