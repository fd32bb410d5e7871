package coach.coffeechat.contact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds which of a user's contacts a typed name means, forgiving case, accents, typos and first names
 * ("ana" finds "Ana Li"), with Jaro-Winkler similarity from Apache Commons Text. Thread-safe.
 */
public final class ContactMatcher {
    private static final int MAX_CANDIDATES = 5;
    private static final double PREFIX_SCORE = 0.95;

    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    private final double threshold;

    /**
     * @param threshold how alike two names must be, 0.5 to 1.0, to count as the same person
     */
    public ContactMatcher(double threshold) {
        if (threshold < 0.5 || threshold > 1.0) {
            throw new IllegalArgumentException("threshold must be from 0.5 to 1.0, was " + threshold);
        }
        this.threshold = threshold;
    }

    /** What a typed name resolves to. */
    public sealed interface Resolution {
    }

    /**
     * Exactly one contact has this name.
     *
     * @param contact that contact
     */
    public record Exact(Contact contact) implements Resolution {
    }

    /**
     * No exact match, but these contacts come close (or several share the name), best first.
     *
     * @param contacts one to five candidates
     */
    public record Candidates(List<Contact> contacts) implements Resolution {
        public Candidates {
            contacts = List.copyOf(contacts);
        }
    }

    /** Nobody comes close. */
    public record NoMatch() implements Resolution {
    }

    /** Resolves a typed name against the user's contacts. */
    public Resolution resolve(String typed, List<Contact> contacts) {
        String wanted = normalise(typed);
        if (wanted.isEmpty()) {
            return new NoMatch();
        }
        List<Contact> exact = contacts.stream().filter(c -> normalise(c.name()).equals(wanted)).toList();
        if (exact.size() == 1) {
            return new Exact(exact.get(0));
        }
        if (exact.size() > 1) {
            return new Candidates(exact.subList(0, Math.min(exact.size(), MAX_CANDIDATES)));
        }
        List<Contact> close = ranked(wanted, contacts, true);
        return close.isEmpty() ? new NoMatch() : new Candidates(close);
    }

    /**
     * Contacts whose name is so close to a new contact's that they may be the same person, best first.
     */
    public List<Contact> nearDuplicates(String name, List<Contact> contacts) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return ranked(wanted, contacts, false);
    }

    /** Whether two names are the same once case, accents, punctuation and spacing are set aside. */
    public static boolean sameName(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /**
     * Contacts to suggest while a name is being typed (autocomplete): all of them, in the order given, when nothing is
     * typed; otherwise those whose name contains the typed text, then close matches, at most {@code max}.
     */
    public List<Contact> suggestions(String typed, List<Contact> contacts, int max) {
        String wanted = normalise(typed);
        List<Contact> found = new ArrayList<>();
        for (Contact contact : contacts) {
            if (wanted.isEmpty() || normalise(contact.name()).contains(wanted)) {
                found.add(contact);
            }
        }
        for (Contact contact : ranked(wanted, contacts, true)) {
            if (!found.contains(contact)) {
                found.add(contact);
            }
        }
        return found.subList(0, Math.min(max, found.size()));
    }

    /** How alike two names are, from 0 (nothing shared) to 1 (the same after normalising). */
    public double score(String a, String b) {
        return score(normalise(a), normalise(b), false);
    }

    private List<Contact> ranked(String wanted, List<Contact> contacts, boolean allowPrefix) {
        record Scored(Contact contact, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Contact contact : contacts) {
            double score = score(wanted, normalise(contact.name()), allowPrefix);
            if (score >= threshold) {
                scored.add(new Scored(contact, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.contact().name(), String.CASE_INSENSITIVE_ORDER));
        return scored.stream().limit(MAX_CANDIDATES).map(Scored::contact).toList();
    }

    private double score(String wanted, String name, boolean allowPrefix) {
        if (wanted.equals(name)) {
            return 1.0;
        }
        double score = similarity.apply(wanted, name);
        if (allowPrefix && tokensArePrefixes(wanted, name)) {
            score = Math.max(score, PREFIX_SCORE);
        }
        return score;
    }

    // "ana" or "ana l" names "ana li": every typed word starts a word of the name, in order.
    private static boolean tokensArePrefixes(String wanted, String name) {
        String[] typed = wanted.split(" ");
        String[] words = name.split(" ");
        int at = 0;
        for (String token : typed) {
            while (at < words.length && !words[at].startsWith(token)) {
                at++;
            }
            if (at == words.length) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Lower case, accents removed, punctuation to spaces, single spaces. */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@]+", " ").strip();
    }
}
