package coach.coffeechat.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's conversation state: the stack of open flows (a sub-flow sits above its parent) and, when the user
 * started a new command mid-flow, that command waiting for "resume or set aside".
 *
 * @param user whose session this is
 * @param version increases with every stored change; 0 means never stored
 * @param frames open flows, the innermost last
 * @param pending a command waiting for the resume-or-set-aside answer, or {@code null}
 * @param updatedAt when it last changed
 */
public record Session(UserId user, long version, List<Frame> frames, Input.Command pending, Instant updatedAt) {

    public Session {
        Objects.requireNonNull(user, "user");
        frames = List.copyOf(frames);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The session of a user the store has never seen. */
    public static Session empty(UserId user, Instant now) {
        return new Session(user, 0, List.of(), null, now);
    }

    /** Whether a flow is open. */
    public boolean inFlow() {
        return !frames.isEmpty();
    }

    /** The innermost open flow's frame; only when {@link #inFlow()}. */
    public Frame top() {
        return frames.get(frames.size() - 1);
    }

    /** The outermost open flow's frame; only when {@link #inFlow()}. */
    public Frame bottom() {
        return frames.get(0);
    }

    /** The next version of this session with other frames and pending command. */
    Session next(List<Frame> nextFrames, Input.Command nextPending, Instant now) {
        return new Session(user, version + 1, nextFrames, nextPending, now);
    }
}
