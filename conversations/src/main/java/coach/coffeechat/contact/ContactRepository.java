package coach.coffeechat.contact;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The contacts table. Every query is scoped to the owner: one user's contacts are never visible to another.
 * Each stage change is also recorded in {@code stage_changes}.
 */
final class ContactRepository implements ContactBook {
    private final StageListener listener;
    private final ContactTouches touches = new ContactTouches();

    /** A repository that tells nobody about stage changes. */
    ContactRepository() {
        this(StageListener.NONE);
    }

    /** @param listener told about every stage change, in its transaction */
    ContactRepository(StageListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    private static final String COLUMNS = "id, owner_id, name, role, organisation, warmth, source, referrer_id,"
            + " referrer_name, why, reach, stage, stage_changed_at, created_at";

    /** Saves a new contact at stage {@link Stage#IDENTIFIED} and returns its id. */
    @Override
    public long add(Connection connection, NewContact contact, Instant now) {
        long id = Sql.insert(connection, "INSERT INTO contacts (owner_id, name, role, organisation, warmth, source,"
                + " referrer_id, referrer_name, why, reach, stage, stage_changed_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, contact.owner().value());
                    s.setString(2, contact.name());
                    s.setString(3, contact.role());
                    s.setString(4, contact.organisation());
                    s.setString(5, contact.warmth().id());
                    s.setString(6, contact.source().id());
                    if (contact.referrerId().isPresent()) {
                        s.setLong(7, contact.referrerId().getAsLong());
                    } else {
                        s.setNull(7, Types.BIGINT);
                    }
                    s.setString(8, contact.referrerName());
                    s.setString(9, contact.why());
                    s.setString(10, contact.reach());
                    s.setString(11, Stage.IDENTIFIED.id());
                    Sql.setInstant(s, 12, now);
                    Sql.setInstant(s, 13, now);
                });
        recordStageChange(connection, id, null, Stage.IDENTIFIED, now);
        return id;
    }

    /** The user's contacts, by name. */
    @Override
    public List<Contact> list(Connection connection, UserId owner) {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM contacts WHERE owner_id = ? ORDER BY LOWER(name), id",
                s -> s.setString(1, owner.value()), ContactRepository::map);
    }

    /** One of the user's contacts. */
    @Override
    public Optional<Contact> find(Connection connection, UserId owner, long id) {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM contacts WHERE owner_id = ? AND id = ?", s -> {
            s.setString(1, owner.value());
            s.setLong(2, id);
        }, ContactRepository::map);
    }

    /** The contacts this one referred the user to. */
    @Override
    public List<Contact> referredBy(Connection connection, UserId owner, long referrerId) {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM contacts WHERE owner_id = ? AND referrer_id = ?"
                + " ORDER BY LOWER(name), id", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, referrerId);
                }, ContactRepository::map);
    }

    /** Other contacts at the same organisation whom the user has not asked yet: a second person to try. */
    @Override
    public List<Contact> notYetAskedAt(Connection connection, Contact contact) {
        String organisation = contact.organisation().strip().toLowerCase(Locale.ROOT);
        if (organisation.isEmpty()) {
            return List.of();
        }
        return list(connection, contact.owner()).stream()
                .filter(other -> other.id() != contact.id()
                        && other.organisation().strip().toLowerCase(Locale.ROOT).equals(organisation)
                        && (other.stage() == Stage.IDENTIFIED || other.stage() == Stage.REQUEST_DRAFTED))
                .toList();
    }

    /** How many contacts the user keeps. */
    @Override
    public int count(Connection connection, UserId owner) {
        return Sql.one(connection, "SELECT COUNT(*) FROM contacts WHERE owner_id = ?",
                s -> s.setString(1, owner.value()), row -> row.getInt(1)).orElse(0);
    }

    /** Deletes every contact of the user, with their stage history (for forgetting them). */
    void eraseAll(Connection connection, UserId owner) {
        // Contacts refer to each other (referrer_id); clearing the links first lets every database delete them in
        // any order.
        Sql.update(connection, "UPDATE contacts SET referrer_id = NULL WHERE owner_id = ?",
                s -> s.setString(1, owner.value()));
        Sql.update(connection, "DELETE FROM contact_notes WHERE owner_id = ?", s -> s.setString(1, owner.value()));
        Sql.update(connection, "DELETE FROM contacts WHERE owner_id = ?", s -> s.setString(1, owner.value()));
    }

    /**
     * Moves a contact to another stage and records the change.
     *
     * @return false when the user has no such contact
     */
    @Override
    public boolean moveStage(Connection connection, UserId owner, long id, Stage to, Instant now) {
        Optional<Contact> contact = find(connection, owner, id);
        if (contact.isEmpty()) {
            return false;
        }
        Sql.update(connection, "UPDATE contacts SET stage = ?, stage_changed_at = ? WHERE owner_id = ? AND id = ?", s -> {
            s.setString(1, to.id());
            Sql.setInstant(s, 2, now);
            s.setString(3, owner.value());
            s.setLong(4, id);
        });
        recordStageChange(connection, id, contact.get().stage(), to, now);
        listener.stageChanged(connection, contact.get(), contact.get().stage(), to, now);
        return true;
    }

    /**
     * Removes a contact; contacts they referred keep the referrer's name but lose the link.
     *
     * @return false when the user has no such contact
     */
    boolean remove(Connection connection, UserId owner, long id) {
        return Sql.update(connection, "DELETE FROM contacts WHERE owner_id = ? AND id = ?", s -> {
            s.setString(1, owner.value());
            s.setLong(2, id);
        }) == 1;
    }

    /**
     * Changes one field of a contact (not the referrer: {@link #setReferrer}); a new name is also the referrer name
     * of the contacts they referred.
     *
     * @param value the new value, an id for the warmth and the source
     * @return false when the user has no such contact
     */
    boolean update(Connection connection, UserId owner, long id, ContactField field, String value) {
        String column = switch (field) {
            case NAME -> "name";
            case ROLE -> "role";
            case ORGANISATION -> "organisation";
            case WARMTH -> "warmth";
            case SOURCE -> "source";
            case WHY -> "why";
            case REACH -> "reach";
            case REFERRER -> throw new IllegalArgumentException("the referrer is set with setReferrer");
        };
        boolean changed = Sql.update(connection, "UPDATE contacts SET " + column + " = ? WHERE owner_id = ? AND id = ?",
                s -> {
                    s.setString(1, value);
                    s.setString(2, owner.value());
                    s.setLong(3, id);
                }) == 1;
        if (changed && field == ContactField.NAME) {
            Sql.update(connection, "UPDATE contacts SET referrer_name = ? WHERE owner_id = ? AND referrer_id = ?", s -> {
                s.setString(1, value);
                s.setString(2, owner.value());
                s.setLong(3, id);
            });
        }
        return changed;
    }

    /** Records who referred the user to a contact. */
    @Override
    public boolean setReferrer(Connection connection, UserId owner, long id, OptionalLong referrerId,
                               String referrerName) {
        return Sql.update(connection, "UPDATE contacts SET referrer_id = ?, referrer_name = ? WHERE owner_id = ?"
                + " AND id = ?", s -> {
                    if (referrerId.isPresent()) {
                        s.setLong(1, referrerId.getAsLong());
                    } else {
                        s.setNull(1, Types.BIGINT);
                    }
                    s.setString(2, referrerName);
                    s.setString(3, owner.value());
                    s.setLong(4, id);
                }) == 1;
    }

    /** The meeting a contact is scheduled for, if any. */
    @Override
    public Optional<Instant> meetingAt(Connection connection, UserId owner, long id) {
        return Sql.one(connection, "SELECT meeting_at FROM contacts WHERE owner_id = ? AND id = ?", s -> {
            s.setString(1, owner.value());
            s.setLong(2, id);
        }, row -> Sql.getInstant(row, "meeting_at")).filter(java.util.Objects::nonNull);
    }

    /** Every stage change of the user's contacts, oldest first. */
    @Override
    public List<StageChange> stageChanges(Connection connection, UserId owner) {
        return Sql.list(connection, "SELECT sc.contact_id, sc.to_stage, sc.changed_at FROM stage_changes sc"
                + " JOIN contacts c ON c.id = sc.contact_id WHERE c.owner_id = ? ORDER BY sc.changed_at, sc.id",
                s -> s.setString(1, owner.value()), row -> new StageChange(row.getLong("contact_id"),
                        Stage.fromId(row.getString("to_stage")).orElse(Stage.IDENTIFIED),
                        Sql.getInstant(row, "changed_at")));
    }

    @Override
    public Optional<BookedMeeting> bookedMeeting(Connection connection, UserId owner, long id) {
        return touches.bookedMeeting(connection, owner, id);
    }

    @Override
    public void bookMeeting(Connection connection, UserId owner, long id, BookedMeeting meeting) {
        touches.book(connection, owner, id, meeting);
    }

    @Override
    public void clearMeeting(Connection connection, UserId owner, long id) {
        touches.clearMeeting(connection, owner, id);
    }

    @Override
    public Map<Long, Touch> chosenCadences(Connection connection, UserId owner) {
        return touches.chosenCadences(connection, owner);
    }

    @Override
    public Touch touch(Connection connection, UserId owner, long id) {
        return touches.touch(connection, owner, id);
    }

    @Override
    public void touched(Connection connection, UserId owner, long id, Instant at) {
        Optional<Contact> contact = find(connection, owner, id);
        if (contact.isPresent() && touches.touched(connection, owner, id, at)) {
            listener.touched(connection, contact.get(), at);
        }
    }

    @Override
    public boolean setCadence(Connection connection, UserId owner, long id, Cadence cadence, Instant now) {
        Optional<Contact> contact = find(connection, owner, id);
        if (contact.isEmpty() || !touches.setCadence(connection, owner, id, cadence, now)) {
            return false;
        }
        listener.cadenceChanged(connection, contact.get(), now);
        return true;
    }

    /** Keeps a dated note about a contact; it counts as a touch. */
    void addNote(Connection connection, UserId owner, long id, String text, Instant now) {
        touches.addNote(connection, owner, id, text, now);
        touched(connection, owner, id, now);
    }

    /** The newest notes about a contact, newest first. */
    List<ContactNote> notes(Connection connection, UserId owner, long id, int limit) {
        return touches.notes(connection, owner, id, limit);
    }

    private static void recordStageChange(Connection connection, long contactId, Stage from, Stage to, Instant now) {
        Sql.update(connection, "INSERT INTO stage_changes (contact_id, from_stage, to_stage, changed_at)"
                + " VALUES (?, ?, ?, ?)", s -> {
                    s.setLong(1, contactId);
                    s.setString(2, from == null ? null : from.id());
                    s.setString(3, to.id());
                    Sql.setInstant(s, 4, now);
                });
    }

    private static Contact map(ResultSet row) throws SQLException {
        long referrer = row.getLong("referrer_id");
        OptionalLong referrerId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(referrer);
        return new Contact(row.getLong("id"), new UserId(row.getString("owner_id")), row.getString("name"),
                row.getString("role"), row.getString("organisation"),
                Warmth.fromId(row.getString("warmth")).orElse(Warmth.COLD),
                Source.fromId(row.getString("source")).orElse(Source.OTHER), referrerId,
                row.getString("referrer_name"), row.getString("why"), row.getString("reach"),
                Stage.fromId(row.getString("stage")).orElse(Stage.IDENTIFIED),
                Sql.getInstant(row, "stage_changed_at"), Sql.getInstant(row, "created_at"));
    }
}
