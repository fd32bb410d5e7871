package coach.coffeechat.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a command was typed, as far as server-wide features (the coach's cohort) need to know. On Discord a server
 * is a guild: the transport fills in the guild, the member's name, whether the member may manage the server (their
 * effective permissions in the interaction), their roles and which of the channels named in the command's options
 * the bot can post to. In the console a server is simulated by name ({@code /coach setup server: Cohort A}): its id
 * is {@value #SIMULATED_PREFIX} and the name in lower case, the console user manages it, and any channel name will
 * do, since the console prints what a channel would receive. Everywhere else (a DM, a console command without a
 * server) the place is {@link #NONE}.
 *
 * @param serverId the guild id, {@code console:} and a simulated server's name, or empty for no server
 * @param serverName the server's name as shown
 * @param memberName the member's name in that server, as shown to the server's coach
 * @param managesServer whether the member may manage the server (Discord: Manage Server)
 * @param roleIds the ids of the member's roles in the server
 * @param postableChannels the channels named in the command (and the one it was typed in) that the bot can post to
 * @param channelId the channel the command was typed in (on Discord), or empty (the console, a DM)
 */
public record Place(String serverId, String serverName, String memberName, boolean managesServer,
                    List<String> roleIds, List<String> postableChannels, String channelId) {
    /** The option with which the console names the simulated server a command is for. */
    public static final String SERVER_OPTION = "server";
    /** How the id of a simulated server starts. */
    public static final String SIMULATED_PREFIX = "console:";
    /** The longest server name kept. */
    public static final int MAX_NAME = 100;
    /** Not in any server. */
    public static final Place NONE = new Place("", "", "", false, List.of(), List.of(), "");

    public Place {
        serverId = Objects.requireNonNullElse(serverId, "");
        serverName = Objects.requireNonNullElse(serverName, "");
        memberName = Objects.requireNonNullElse(memberName, "");
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
        postableChannels = postableChannels == null ? List.of() : List.copyOf(postableChannels);
        channelId = Objects.requireNonNullElse(channelId, "");
    }

    /** A place whose channel is not known (typed elsewhere than in a channel, or read before channels were kept). */
    public Place(String serverId, String serverName, String memberName, boolean managesServer, List<String> roleIds,
                 List<String> postableChannels) {
        this(serverId, serverName, memberName, managesServer, roleIds, postableChannels, "");
    }

    /**
     * A server simulated in the console by the name typed: the console user is its manager. A blank name, or one
     * longer than {@value #MAX_NAME} characters, is no server.
     */
    public static Place simulated(String typedName, String memberName) {
        String name = typedName == null ? "" : typedName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return NONE;
        }
        return new Place(SIMULATED_PREFIX + name.toLowerCase(Locale.ROOT), name, memberName, true, List.of(),
                List.of(), "");
    }

    /** Whether the command was typed in a server, real or simulated. */
    public boolean inServer() {
        return !serverId.isEmpty();
    }

    /** Whether the server is one the console simulates (its channels and roles are plain names). */
    public boolean simulated() {
        return serverId.startsWith(SIMULATED_PREFIX);
    }

    /** Whether the member holds this role. */
    public boolean hasRole(String roleId) {
        return !roleId.isEmpty() && roleIds.contains(roleId);
    }

    /** Whether the bot can post to this channel: any channel of a simulated server, else one the transport checked. */
    public boolean canPostTo(String channelId) {
        return !channelId.isEmpty() && (simulated() || postableChannels.contains(channelId));
    }
}
