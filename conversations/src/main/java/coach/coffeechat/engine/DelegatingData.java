package coach.coffeechat.engine;

import java.sql.Connection;
import java.util.List;

/** A kind of personal data that does what another does, for the variations {@link PersonalData} builds. */
abstract class DelegatingData implements PersonalData {
    private final PersonalData base;

    DelegatingData(PersonalData base) {
        this.base = base;
    }

    @Override
    public String kind() {
        return base.kind();
    }

    @Override
    public int count(Connection connection, UserId user) {
        return base.count(connection, user);
    }

    @Override
    public void erase(Connection connection, UserId user) {
        base.erase(connection, user);
    }

    @Override
    public List<ExportedTable> export(Connection connection, UserId user) {
        return base.export(connection, user);
    }

    @Override
    public void restore(Connection connection, Restore restore) {
        base.restore(connection, restore);
    }
}
