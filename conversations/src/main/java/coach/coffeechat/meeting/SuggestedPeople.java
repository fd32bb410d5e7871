package coach.coffeechat.meeting;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people the contact suggested, as typed in {@code meeting-log}: each name once, the first mention winning,
 * names comparing equal after normalising (case, accents, punctuation). Saving the log turns the new ones into
 * contacts and links the ones the user knows already.
 *
 * @param people the people, in the order typed
 */
record SuggestedPeople(List<Suggestion> people) {
    /** The most people one meeting log takes. */
    static final int MAX = 10;
    /** The longest name, role or organisation of a person suggested. */
    static final int NAME_MAX = 100;

    SuggestedPeople {
        people = List.copyOf(people);
    }

    /** The people typed in an answer, each name once. */
    static SuggestedPeople parse(String answer) {
        List<Suggestion> distinct = new ArrayList<>();
        for (Suggestion person : Suggestion.parseAll(answer)) {
            if (distinct.stream().noneMatch(other -> ContactMatcher.sameName(other.name(), person.name()))) {
                distinct.add(person);
            }
        }
        return new SuggestedPeople(distinct);
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    /** Why the people cannot be kept as typed. */
    sealed interface Problem {
        /** A line without a name: no letter or digit before its role. */
        record NoName(String line) implements Problem {
        }

        /** A name, role or organisation longer than {@link #NAME_MAX}. */
        record TooLong(String name) implements Problem {
        }

        /** More than {@link #MAX} people. */
        record TooMany(int count) implements Problem {
        }
    }

    /** The first problem, person by person in the order typed, then their number; empty when there is none. */
    Optional<Problem> problem() {
        for (Suggestion person : people) {
            if (person.name().codePoints().noneMatch(Character::isLetterOrDigit)) {
                return Optional.of(new Problem.NoName(person.name()));
            }
            if (person.name().length() > NAME_MAX || person.role().length() > NAME_MAX
                    || person.organisation().length() > NAME_MAX) {
                return Optional.of(new Problem.TooLong(person.name()));
            }
        }
        return people.size() > MAX ? Optional.of(new Problem.TooMany(people.size())) : Optional.empty();
    }

    /**
     * The people sorted against the user's contacts: those whose name one of them has, and new ones.
     *
     * @param added the people no contact has the name of, in the order typed
     * @param known the people a contact has the name of, in the order typed
     * @param knownAs for each of {@code known}, the contact with that name (the first, if several)
     */
    record Sorted(List<Suggestion> added, List<Suggestion> known, List<Contact> knownAs) {
        Sorted {
            added = List.copyOf(added);
            known = List.copyOf(known);
            knownAs = List.copyOf(knownAs);
        }

        /** The contact the person is already, if any. */
        Optional<Contact> existing(Suggestion person) {
            int at = known.indexOf(person);
            return at < 0 ? Optional.empty() : Optional.of(knownAs.get(at));
        }
    }

    /** The people sorted against {@code contacts}, the user's contacts. */
    Sorted sortedAgainst(List<Contact> contacts) {
        List<Suggestion> added = new ArrayList<>();
        List<Suggestion> known = new ArrayList<>();
        List<Contact> knownAs = new ArrayList<>();
        for (Suggestion person : people) {
            Optional<Contact> same = contacts.stream()
                    .filter(contact -> ContactMatcher.sameName(contact.name(), person.name())).findFirst();
            if (same.isPresent()) {
                known.add(person);
                knownAs.add(same.get());
            } else {
                added.add(person);
            }
        }
        return new Sorted(added, known, knownAs);
    }
}
