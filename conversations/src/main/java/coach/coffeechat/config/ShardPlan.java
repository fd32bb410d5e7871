package coach.coffeechat.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Discord shards this process runs ({@code discord.shards-total}, {@code discord.shards}).
 *
 * @param total how many shards the bot runs in all; 0 lets Discord recommend the number
 * @param first the first shard this process runs, when it runs a range
 * @param last the last shard this process runs, when it runs a range
 */
public record ShardPlan(int total, Optional<Integer> first, Optional<Integer> last) {
    private static final Pattern RANGE = Pattern.compile("^(\\d{1,5})\\s*-\\s*(\\d{1,5})$");

    /** Whether this process runs only some of the shards. */
    public boolean ranged() {
        return first.isPresent();
    }

    /**
     * Reads and checks the two settings.
     *
     * @throws ConfigException naming the bad key
     */
    static ShardPlan from(SettingReader read) {
        int total = read.integer("discord.shards-total", 0, 100_000);
        String range = read.text("discord.shards", true);
        if (range.isEmpty()) {
            return new ShardPlan(total, Optional.empty(), Optional.empty());
        }
        Matcher matcher = RANGE.matcher(range);
        if (total == 0 || !matcher.matches() || Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))
                || Integer.parseInt(matcher.group(2)) >= total) {
            throw read.bad("discord.shards", range, "a range FIRST-LAST within 0 to discord.shards-total - 1 (which"
                    + " must then be set), such as 0-3");
        }
        return new ShardPlan(total, Optional.of(Integer.parseInt(matcher.group(1))),
                Optional.of(Integer.parseInt(matcher.group(2))));
    }
}
