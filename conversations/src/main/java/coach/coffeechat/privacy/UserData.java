package coach.coffeechat.privacy;

import coach.coffeechat.engine.ExportedTable;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Restore;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.ErasedData;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the bot keeps about one user, counted, exported, written back and erased, as the features that own it describe it. The
 * session row stays, with no flow in it: its version keeps buttons shown before the erasure from acting on
 * anything new. Stateless after construction.
 */
final class UserData {
    private final List<PersonalData> kinds;

    /**
     * @param kinds every kind of personal data, in the order the features that own them were assembled (data that
     *     refers to other data comes after it); erased in reverse
     */
    UserData(List<PersonalData> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /**
     * What the bot keeps about a user, for the confirmation.
     *
     * @param counts how many of each kind, by {@link PersonalData#kind()}
     */
    record Summary(Map<String, Integer> counts) {
        Summary {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        /** How many of one kind; 0 for a kind nobody keeps. */
        int count(String kind) {
            return counts.getOrDefault(kind, 0);
        }

        /** Whether there is nothing to erase. */
        boolean empty() {
            return counts.values().stream().allMatch(count -> count == 0);
        }
    }

    /** What the bot keeps about {@code user} right now. */
    Summary summary(Connection connection, UserId user) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PersonalData kind : kinds) {
            counts.merge(kind.kind(), kind.count(connection, user), Integer::sum);
        }
        return new Summary(counts);
    }

    /** Everything about {@code user}, kind by kind in assembly order, each with its tables. */
    Map<String, List<ExportedTable>> export(Connection connection, UserId user) {
        Map<String, List<ExportedTable>> kinds = new LinkedHashMap<>();
        for (PersonalData kind : this.kinds) {
            kinds.computeIfAbsent(kind.kind(), k -> new ArrayList<>()).addAll(kind.export(connection, user));
        }
        return kinds;
    }

    /** The kinds of data kept, as an export names them. */
    Set<String> kinds() {
        Set<String> names = new LinkedHashSet<>();
        kinds.forEach(kind -> names.add(kind.kind()));
        return names;
    }

    /**
     * Writes an export back for {@code user}, kind by kind in assembly order, in the connection's transaction.
     *
     * @return what was left out because it refers to something this bot does not have
     * @throws Restore.Refused when the file does not fit; the caller rolls back
     */
    Map<String, Integer> restore(Connection connection, UserId user, ImportFile.Read file) {
        Restore restore = new Restore(file.from(), user, file.tables());
        for (PersonalData kind : kinds) {
            kind.restore(connection, restore);
        }
        restore.finish();
        return restore.leftOut();
    }

    /**
     * Erases everything about {@code user} in the connection's transaction; once it commits, the database file is
     * scrubbed so that the erased text cannot be read from it either (see {@link ErasedData}).
     */
    void erase(Connection connection, UserId user) {
        List<PersonalData> reversed = new ArrayList<>(kinds);
        Collections.reverse(reversed);
        for (PersonalData kind : reversed) {
            kind.erase(connection, user);
        }
        ErasedData.scrubAfterCommit(connection);
    }
}
