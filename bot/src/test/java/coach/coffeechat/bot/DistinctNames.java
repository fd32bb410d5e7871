package coach.coffeechat.bot;

import java.util.List;

/**
 * Contact names for tests that add many: a place and a river, no two alike enough for the bot to ask "is this the
 * same person?" (which would change the questions that follow).
 */
final class DistinctNames {
    private static final List<String> PLACES = List.of("Oslo", "Brisbane", "Cusco", "Dakar", "Edinburgh", "Fukuoka",
            "Galway", "Hanoi", "Izmir", "Jaipur", "Kigali", "Lima", "Mombasa", "Nairobi", "Oaxaca", "Porto", "Quito",
            "Riga", "Sapporo", "Tbilisi", "Ushuaia", "Valletta", "Windhoek", "Xalapa", "Yerevan", "Zagreb");
    private static final List<String> RIVERS = List.of("Danube", "Volga", "Amazon", "Nile", "Rhine", "Mekong",
            "Yukon", "Tagus", "Orinoco", "Ganges", "Zambezi", "Loire", "Indus", "Vistula", "Jordan", "Kolyma",
            "Hudson", "Murray", "Elbe", "Po", "Shannon", "Tigris", "Ural", "Fraser", "Limpopo", "Euphrates");

    private DistinctNames() {
    }

    /** The {@code n}th name (0 and up); different for each {@code n} below 676. */
    static String nth(int n) {
        return PLACES.get(n % PLACES.size()) + " " + RIVERS.get((n / PLACES.size() + n) % RIVERS.size());
    }
}
