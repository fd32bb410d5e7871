package coach.coffeechat.settings;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a time zone typed as something other than an IANA name may have meant: a city ({@code chicago},
 * {@code new york}, {@code sao paulo}), the same with a small typo ({@code chicgo}, {@code Europe/Berlinn}), or a
 * common abbreviation ({@code EST}, {@code CST}), which is said honestly to be ambiguous when several places use
 * it. Case, spaces, underscores and hyphens do not matter. The zones come from
 * {@link ZoneId#getAvailableZoneIds()}. Stateless and thread-safe.
 */
final class ZoneFinder {
    /** The regions whose zones are named after a city; the rest (Etc, SystemV, US, Canada...) are aliases. */
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");
    /** The most places a guess names. */
    private static final int MAX_GUESSES = 3;
    /** A typed name this long or longer may have one typo; {@link #TWO_TYPOS} or longer, two. */
    private static final int ONE_TYPO = 5;
    private static final int TWO_TYPOS = 9;
    /** Common abbreviations and the places that keep them, the most likely first. */
    private static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            Map.entry("EST", List.of("America/New_York")), Map.entry("EDT", List.of("America/New_York")),
            Map.entry("ET", List.of("America/New_York")),
            Map.entry("CST", List.of("America/Chicago", "Asia/Shanghai")), Map.entry("CDT", List.of("America/Chicago")),
            Map.entry("CT", List.of("America/Chicago")),
            Map.entry("MST", List.of("America/Denver", "America/Phoenix")), Map.entry("MDT", List.of("America/Denver")),
            Map.entry("MT", List.of("America/Denver")),
            Map.entry("PST", List.of("America/Los_Angeles")), Map.entry("PDT", List.of("America/Los_Angeles")),
            Map.entry("PT", List.of("America/Los_Angeles")),
            Map.entry("AKST", List.of("America/Anchorage")), Map.entry("HST", List.of("Pacific/Honolulu")),
            Map.entry("AST", List.of("America/Halifax", "Asia/Riyadh")), Map.entry("NST", List.of("America/St_Johns")),
            Map.entry("BST", List.of("Europe/London", "Asia/Dhaka")),
            Map.entry("IST", List.of("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem")),
            Map.entry("CEST", List.of("Europe/Berlin", "Europe/Paris")), Map.entry("EEST", List.of("Europe/Athens")),
            Map.entry("WEST", List.of("Europe/Lisbon")), Map.entry("MSK", List.of("Europe/Moscow")),
            Map.entry("JST", List.of("Asia/Tokyo")), Map.entry("KST", List.of("Asia/Seoul")),
            Map.entry("HKT", List.of("Asia/Hong_Kong")), Map.entry("SGT", List.of("Asia/Singapore")),
            Map.entry("PHT", List.of("Asia/Manila")), Map.entry("PKT", List.of("Asia/Karachi")),
            Map.entry("WIB", List.of("Asia/Jakarta")),
            Map.entry("AEST", List.of("Australia/Sydney", "Australia/Brisbane")),
            Map.entry("AEDT", List.of("Australia/Sydney")),
            Map.entry("ACST", List.of("Australia/Adelaide", "Australia/Darwin")),
            Map.entry("AWST", List.of("Australia/Perth")),
            Map.entry("NZST", List.of("Pacific/Auckland")), Map.entry("NZDT", List.of("Pacific/Auckland")),
            Map.entry("SAST", List.of("Africa/Johannesburg")), Map.entry("WAT", List.of("Africa/Lagos")),
            Map.entry("EAT", List.of("Africa/Nairobi")), Map.entry("CAT", List.of("Africa/Maputo")),
            Map.entry("BRT", List.of("America/Sao_Paulo")), Map.entry("ART", List.of("America/Argentina/Buenos_Aires")));
    /** Each city zone with its full name and its city, both {@link #squeezed}. */
    private static final List<Place> PLACES = places();

    private ZoneFinder() {
    }

    /** A guess at what was meant. */
    sealed interface Guess {
        /** Nothing like a place or an abbreviation. */
        record None() implements Guess {
        }

        /**
         * The zones of the city typed, or of the nearest spellings (one or two typos away).
         *
         * @param zones the IANA names, the closest first
         */
        record Places(List<String> zones) implements Guess {
            public Places {
                zones = List.copyOf(zones);
            }
        }

        /**
         * The places that keep a common abbreviation, the most likely first.
         *
         * @param zones the IANA names
         */
        record Abbreviation(List<String> zones) implements Guess {
            public Abbreviation {
                zones = List.copyOf(zones);
            }
        }
    }

    private record Place(String zone, String full, String city) {
        int distance(String typed) {
            return Math.min(ZoneFinder.distance(typed, full), ZoneFinder.distance(typed, city));
        }
    }

    /** What {@code typed}, which is not an IANA name, may have meant. */
    static Guess guess(String typed) {
        String abbreviation = typed.strip().toUpperCase(Locale.ROOT);
        if (ABBREVIATIONS.containsKey(abbreviation)) {
            return new Guess.Abbreviation(ABBREVIATIONS.get(abbreviation));
        }
        String wanted = squeezed(typed);
        int allowed = wanted.length() >= TWO_TYPOS ? 2 : wanted.length() >= ONE_TYPO ? 1 : 0;
        List<String> exact = new ArrayList<>();
        List<Place> near = new ArrayList<>();
        for (Place place : PLACES) {
            if (place.full().equals(wanted) || place.city().equals(wanted)) {
                exact.add(place.zone());
            } else if (allowed > 0 && place.distance(wanted) <= allowed) {
                near.add(place);
            }
        }
        if (!exact.isEmpty()) {
            return new Guess.Places(withoutAliases(exact));
        }
        if (near.isEmpty()) {
            return new Guess.None();
        }
        return new Guess.Places(withoutAliases(near.stream()
                .sorted(Comparator.comparingInt((Place place) -> place.distance(wanted)).thenComparing(Place::zone))
                .map(Place::zone).toList()));
    }

    /**
     * The zones without the old aliases of one already listed (America/Buenos_Aires beside
     * America/Argentina/Buenos_Aires: the same city and rules), at most {@link #MAX_GUESSES}.
     */
    private static List<String> withoutAliases(List<String> zones) {
        List<String> kept = new ArrayList<>();
        for (String zone : zones) {
            String city = city(zone);
            boolean alias = kept.stream().anyMatch(other -> city(other).equals(city)
                    && ZoneId.of(other).getRules().equals(ZoneId.of(zone).getRules()));
            if (!alias && kept.size() < MAX_GUESSES) {
                kept.add(zone);
            }
        }
        return kept;
    }

    private static String city(String zone) {
        return zone.substring(zone.lastIndexOf('/') + 1);
    }

    /** The zones a guess names, or none. */
    static List<String> zones(Guess guess) {
        if (guess instanceof Guess.Places places) {
            return places.zones();
        }
        return guess instanceof Guess.Abbreviation abbreviation ? abbreviation.zones() : List.of();
    }

    private static List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.indexOf('/');
            if (slash > 0 && REGIONS.contains(id.substring(0, slash))) {
                places.add(new Place(id, squeezed(id), squeezed(city(id))));
            }
        }
        places.sort(Comparator.comparing(Place::zone));
        return List.copyOf(places);
    }

    /** Lower case without spaces, underscores, hyphens, slashes or dots: "New_York" and "new york" are alike. */
    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_./-]+", "");
    }

    /** Edits (insert, delete, substitute, swap two neighbours) from one text to the other. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
