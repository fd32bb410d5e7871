package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * Builds the {@code d} part of gateway dispatches a user's actions cause: slash commands,
 * button clicks, modal submits and direct messages, with every field JDA 6.5 needs
 * ({@code context}, {@code authorizing_integration_owners}, the {@code channel} object...).
 *
 * <p>Obtain one from {@link FakeDiscord#events()}; push the result with
 * {@link FakeDiscord#dispatch(String, com.fasterxml.jackson.databind.JsonNode)}. Thread-safe.
 */
public final class GatewayEvents {

    /** Where a user acted. */
    public enum Where {
        /** In the fake's one guild text channel; the user arrives as a guild member. */
        GUILD,
        /** In the user's DM channel with the bot. */
        DIRECT_MESSAGE,
        /**
         * In a text channel of another server, one the bot is not in (the gateway never announced it), where the
         * user installed the app to their own account: context 0, authorized by the user only.
         */
        OTHER_SERVER,
        /** In a group DM of the user and a friend, with the app installed to the user's account: context 2. */
        GROUP_DM
    }

    /** The value of a channel option (type 7) naming the fake's one guild text channel. */
    public enum GuildChannelOption {
        /** The channel. */
        INSTANCE
    }

    /**
     * The value of an attachment option (type 11): a file the user attached, served by the fake at its URL.
     *
     * @param filename the file's name
     * @param contentType its media type
     * @param bytes its content
     */
    public record FileOption(String filename, String contentType, byte[] bytes) {
    }

    /** Interaction type of an application command. */
    private static final int APPLICATION_COMMAND = 2;
    /** Interaction type of a message component. */
    private static final int MESSAGE_COMPONENT = 3;
    /** Interaction type of a modal submit. */
    private static final int MODAL_SUBMIT = 5;
    /** All permissions a guild member could hold; JDA only reads the number. */
    private static final String ALL_PERMISSIONS = "2251799813685247";
    /**
     * Manage Server (MANAGE_GUILD) and Administrator (which implies it), which @everyone lacks: members have them
     * through the managers' role.
     */
    private static final long MANAGING = 0x20 | 0x8;
    /** What @everyone may do: everything but manage the server. */
    private static final String EVERYONE_PERMISSIONS = Long.toString(Long.parseLong(ALL_PERMISSIONS) & ~MANAGING);
    /**
     * What an app installed to a user's account may do where the bot is not a member: send messages, embed links,
     * attach files, use external emojis (Discord's permissions for user-installed apps).
     */
    private static final String EXTERNAL_APP_PERMISSIONS = Long.toString(0x800L | 0x4000L | 0x8000L | 0x40000L);
    /** Users without the managers' role. */
    private final Set<Long> plainMembers = ConcurrentHashMap.newKeySet();

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Snowflakes snowflakes;
    private final Clock clock;
    private final Channels channels;
    private final FakeUser botUser;
    private final long applicationId;
    private final long guildId;
    private final long guildChannelId;
    private final UserFiles files;
    /** The server the bot is not in, and its channel, for {@link Where#OTHER_SERVER}. */
    private final long otherGuildId;
    private final long otherChannelId;
    /** The group DM, for {@link Where#GROUP_DM}, and the friend in it. */
    private final long groupChannelId;
    private final FakeUser friend;

    GatewayEvents(
            UserFiles files,
            Snowflakes snowflakes,
            Clock clock,
            Channels channels,
            FakeUser botUser,
            long applicationId,
            long guildId,
            long guildChannelId) {
        this.snowflakes = snowflakes;
        this.clock = clock;
        this.channels = channels;
        this.botUser = botUser;
        this.applicationId = applicationId;
        this.guildId = guildId;
        this.guildChannelId = guildChannelId;
        this.files = files;
        this.otherGuildId = snowflakes.next();
        this.otherChannelId = snowflakes.next();
        this.groupChannelId = snowflakes.next();
        this.friend = new FakeUser(snowflakes.next(), "a-friend", false);
    }

    /**
     * An INTERACTION_CREATE for a chat-input command.
     *
     * @param user who ran the command
     * @param where guild channel or DM
     * @param name the command name, e.g. {@code "help"}
     * @param options option values by name: {@link String} (type 3), {@link Integer} or {@link Long}
     *     (type 4), {@link Boolean} (type 5), in map iteration order
     */
    public ObjectNode slashCommand(FakeUser user, Where where, String name, Map<String, ?> options) {
        ObjectNode data = json.objectNode();
        data.put("id", Long.toUnsignedString(snowflakes.next()));
        data.put("name", name);
        data.put("type", 1);
        ArrayNode optionArray = data.putArray("options");
        options.forEach((optionName, value) -> optionArray.add(option(optionName, value)));
        for (JsonNode option : optionArray) {
            if (option.path("type").asInt() == 11) {
                FileOption file = (FileOption) options.get(option.path("name").asText());
                long id = option.path("value").asLong();
                String url = files.add(id, new UserFiles.File(file.filename(), file.contentType(), file.bytes()));
                ObjectNode attachment = json.objectNode();
                attachment.put("id", Long.toUnsignedString(id));
                attachment.put("filename", file.filename());
                attachment.put("size", file.bytes().length);
                attachment.put("url", url);
                attachment.put("proxy_url", url);
                attachment.put("content_type", file.contentType());
                attachment.put("ephemeral", true);
                resolved(data, "attachments").set(Long.toUnsignedString(id), attachment);
            }
        }
        if (options.containsValue(GuildChannelOption.INSTANCE)) {
            resolved(data, "channels").set(Long.toUnsignedString(guildChannelId), guildChannel());
        }
        return interaction(user, where, APPLICATION_COMMAND, data);
    }

    /**
     * An INTERACTION_CREATE for a subcommand, such as {@code /contact add}.
     *
     * @param user who ran the command
     * @param where guild channel or DM
     * @param name the command name, e.g. {@code "contact"}
     * @param sub the subcommand name, e.g. {@code "add"}
     * @param options the subcommand's option values, typed as for {@link #slashCommand}
     */
    public ObjectNode subcommand(FakeUser user, Where where, String name, String sub, Map<String, ?> options) {
        ObjectNode interaction = slashCommand(user, where, name, options);
        ObjectNode data = (ObjectNode) interaction.get("data");
        ObjectNode subOption = data.objectNode();
        subOption.put("name", sub);
        subOption.put("type", 1);
        subOption.set("options", data.get("options"));
        data.putArray("options").add(subOption);
        return interaction;
    }

    /**
     * An INTERACTION_CREATE for a pick in a string select menu of a message the bot sent.
     *
     * @param user who picked
     * @param where guild channel or DM
     * @param customId the select menu's custom id
     * @param value the picked option's value
     */
    public ObjectNode select(FakeUser user, Where where, String customId, String value) {
        ObjectNode interaction = buttonClick(user, where, customId);
        ObjectNode data = (ObjectNode) interaction.get("data");
        data.put("component_type", 3);
        data.putArray("values").add(value);
        return interaction;
    }

    /**
     * An INTERACTION_CREATE for a click on a button of a message the bot sent.
     *
     * @param user who clicked
     * @param where guild channel or DM
     * @param customId the button's custom id
     */
    public ObjectNode buttonClick(FakeUser user, Where where, String customId) {
        ObjectNode data = json.objectNode();
        data.put("custom_id", customId);
        data.put("component_type", 2);
        ObjectNode interaction = interaction(user, where, MESSAGE_COMPONENT, data);

        long channelId = Long.parseUnsignedLong(interaction.get("channel_id").asText());
        ObjectNode message = MessageJson.of(snowflakes.next(), channelId, botUser, "Pick one", clock.instant());
        ObjectNode button = json.objectNode();
        button.put("type", 2);
        button.put("id", 2);
        button.put("style", 1);
        button.put("label", "Button");
        button.put("custom_id", customId);
        ObjectNode row = json.objectNode();
        row.put("type", 1);
        row.put("id", 1);
        row.putArray("components").add(button);
        message.putArray("components").add(row);
        message.put("application_id", Long.toUnsignedString(applicationId));
        interaction.set("message", message);
        return interaction;
    }

    /**
     * An INTERACTION_CREATE for a submitted modal whose text inputs sit in labels, as JDA 6 builds them.
     *
     * @param user who submitted
     * @param where guild channel or DM
     * @param modalId the modal's custom id
     * @param values text input values by the inputs' custom ids, in map iteration order
     */
    public ObjectNode modalSubmit(FakeUser user, Where where, String modalId, Map<String, String> values) {
        ObjectNode data = json.objectNode();
        data.put("custom_id", modalId);
        ArrayNode components = data.putArray("components");
        int uniqueId = 1;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            ObjectNode input = json.objectNode();
            input.put("type", 4);
            input.put("id", uniqueId + 1);
            input.put("custom_id", entry.getKey());
            input.put("value", entry.getValue());
            ObjectNode label = json.objectNode();
            label.put("type", 18);
            label.put("id", uniqueId);
            label.set("component", input);
            components.add(label);
            uniqueId += 2;
        }
        return interaction(user, where, MODAL_SUBMIT, data);
    }

    /**
     * A MESSAGE_CREATE for a text message {@code user} typed in their DM with the bot.
     *
     * @param user the author
     * @param content what they typed
     */
    public ObjectNode directMessage(FakeUser user, String content) {
        return MessageJson.of(
                snowflakes.next(), channels.directFor(user.id()), user, content, clock.instant());
    }

    private static ObjectNode resolved(ObjectNode data, String kind) {
        ObjectNode resolved = data.has("resolved") ? (ObjectNode) data.get("resolved") : data.putObject("resolved");
        return resolved.has(kind) ? (ObjectNode) resolved.get(kind) : resolved.putObject(kind);
    }

    private ObjectNode option(String name, Object value) {
        ObjectNode option = json.objectNode();
        option.put("name", name);
        if (value instanceof String text) {
            option.put("type", 3);
            option.put("value", text);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4);
            option.put("value", ((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            option.put("type", 5);
            option.put("value", flag);
        } else if (value instanceof FileOption) {
            option.put("type", 11);
            option.put("value", Long.toUnsignedString(snowflakes.next()));
        } else if (value instanceof GuildChannelOption) {
            option.put("type", 7);
            option.put("value", Long.toUnsignedString(guildChannelId));
        } else {
            throw new IllegalArgumentException("option " + name + " has unsupported value type "
                    + (value == null ? "null" : value.getClass().getName()) + "; use String, Integer, Long or Boolean");
        }
        return option;
    }

    private ObjectNode interaction(FakeUser user, Where where, int type, ObjectNode data) {
        ObjectNode interaction = json.objectNode();
        interaction.put("id", Long.toUnsignedString(snowflakes.next()));
        interaction.put("application_id", Long.toUnsignedString(applicationId));
        interaction.put("type", type);
        String token = "interaction-token-" + UUID.randomUUID();
        interaction.put("token", token);
        interaction.put("version", 1);
        interaction.put("locale", "en-US");
        interaction.put("app_permissions", ALL_PERMISSIONS);
        interaction.put("attachment_size_limit", 10_485_760);
        interaction.putArray("entitlements");
        interaction.set("data", data);
        ObjectNode owners = interaction.putObject("authorizing_integration_owners");
        if (where == Where.GUILD) {
            interaction.put("context", 0);
            owners.put("0", Long.toUnsignedString(guildId));
            interaction.put("guild_id", Long.toUnsignedString(guildId));
            interaction.put("guild_locale", "en-US");
            ObjectNode guild = interaction.putObject("guild");
            guild.put("id", Long.toUnsignedString(guildId));
            guild.put("locale", "en-US");
            guild.putArray("features");
            interaction.set("member", member(user));
            interaction.put("channel_id", Long.toUnsignedString(guildChannelId));
            interaction.set("channel", guildChannel());
        } else if (where == Where.OTHER_SERVER) {
            // Discord's shape for a user install in a server the bot is not in: the guild, the member and the
            // channel come only with the interaction; the user alone authorized the app.
            interaction.put("context", 0);
            owners.put("1", Long.toUnsignedString(user.id()));
            interaction.put("app_permissions", EXTERNAL_APP_PERMISSIONS);
            interaction.put("guild_id", Long.toUnsignedString(otherGuildId));
            interaction.put("guild_locale", "en-US");
            ObjectNode guild = interaction.putObject("guild");
            guild.put("id", Long.toUnsignedString(otherGuildId));
            guild.put("locale", "en-US");
            guild.putArray("features");
            ObjectNode member = member(user);
            member.put("permissions", EVERYONE_PERMISSIONS);
            member.putArray("roles");
            interaction.set("member", member);
            interaction.put("channel_id", Long.toUnsignedString(otherChannelId));
            ObjectNode channel = guildChannel();
            channel.put("id", Long.toUnsignedString(otherChannelId));
            channel.put("guild_id", Long.toUnsignedString(otherGuildId));
            channel.put("name", "general");
            channel.put("permissions", EVERYONE_PERMISSIONS);
            interaction.set("channel", channel);
        } else if (where == Where.GROUP_DM) {
            interaction.put("context", 2);
            owners.put("1", Long.toUnsignedString(user.id()));
            interaction.put("app_permissions", EXTERNAL_APP_PERMISSIONS);
            interaction.set("user", user.toJson());
            interaction.put("channel_id", Long.toUnsignedString(groupChannelId));
            ObjectNode channel = interaction.putObject("channel");
            channel.put("id", Long.toUnsignedString(groupChannelId));
            channel.put("type", 3);
            channel.put("flags", 0);
            channel.putNull("name");
            channel.putNull("icon");
            channel.put("owner_id", Long.toUnsignedString(friend.id()));
            channel.putNull("last_message_id");
            channel.putArray("recipients").add(user.toJson()).add(friend.toJson());
        } else {
            interaction.put("context", 1);
            owners.put("0", "0");
            interaction.set("user", user.toJson());
            long channelId = channels.directFor(user.id());
            interaction.put("channel_id", Long.toUnsignedString(channelId));
            ObjectNode channel = interaction.putObject("channel");
            channel.put("id", Long.toUnsignedString(channelId));
            channel.put("type", 1);
            channel.put("flags", 0);
            channel.putNull("last_message_id");
            channel.putArray("recipients").add(user.toJson());
        }
        channels.rememberInteraction(token, Long.parseUnsignedLong(interaction.get("channel_id").asText()));
        return interaction;
    }

    /** From now on this user is a plain member of the guild: no managers' role, so no Manage Server. */
    public void plainMember(FakeUser user) {
        plainMembers.add(user.id());
    }

    /** The id of the guild's role holding every permission, Manage Server included; members hold it by default. */
    public long managersRoleId() {
        return guildId + 1;
    }

    private ObjectNode member(FakeUser user) {
        ObjectNode member = json.objectNode();
        member.set("user", user.toJson());
        boolean plain = plainMembers.contains(user.id());
        ArrayNode roles = member.putArray("roles");
        if (!plain) {
            roles.add(Long.toUnsignedString(managersRoleId()));
        }
        member.put("joined_at", clock.instant().minusSeconds(86_400).toString());
        member.put("deaf", false);
        member.put("mute", false);
        member.put("pending", false);
        member.put("flags", 0);
        member.putNull("nick");
        member.putNull("avatar");
        member.put("permissions", plain ? EVERYONE_PERMISSIONS : ALL_PERMISSIONS);
        return member;
    }

    /** The id of the fake's one guild text channel, where guild interactions happen. */
    public long guildChannelId() {
        return guildChannelId;
    }

    /**
     * A GUILD_CREATE for the fake's one guild, so that JDA caches it: the @everyone role with every permission but
     * Manage Server, the managers' role with every permission (every member holds it but {@link #plainMember}s), the
     * one text channel, and the bot as a member (and owner).
     */
    public ObjectNode guildCreate() {
        ObjectNode guild = json.objectNode();
        guild.put("id", Long.toUnsignedString(guildId));
        guild.put("name", "Cohort A");
        guild.putNull("icon");
        guild.putNull("splash");
        guild.putNull("banner");
        guild.putNull("description");
        guild.putNull("vanity_url_code");
        guild.put("owner_id", Long.toUnsignedString(botUser.id()));
        guild.putNull("afk_channel_id");
        guild.put("afk_timeout", 300);
        guild.putNull("system_channel_id");
        guild.putNull("rules_channel_id");
        guild.putNull("public_updates_channel_id");
        guild.put("verification_level", 0);
        guild.put("default_message_notifications", 0);
        guild.put("explicit_content_filter", 0);
        guild.put("mfa_level", 0);
        guild.put("nsfw_level", 0);
        guild.put("premium_tier", 0);
        guild.put("premium_subscription_count", 0);
        guild.put("preferred_locale", "en-US");
        guild.put("system_channel_flags", 0);
        guild.put("premium_progress_bar_enabled", false);
        guild.put("max_members", 500_000);
        guild.put("member_count", 1);
        guild.put("large", false);
        guild.put("unavailable", false);
        guild.put("joined_at", clock.instant().minusSeconds(86_400).toString());
        guild.putArray("features");
        guild.putArray("emojis");
        guild.putArray("stickers");
        guild.putArray("threads");
        guild.putArray("presences");
        guild.putArray("voice_states");
        guild.putArray("stage_instances");
        guild.putArray("guild_scheduled_events");
        guild.putArray("soundboard_sounds");
        ObjectNode everyone = guild.putArray("roles").addObject();
        everyone.put("id", Long.toUnsignedString(guildId));
        everyone.put("name", "@everyone");
        everyone.put("permissions", EVERYONE_PERMISSIONS);
        everyone.put("position", 0);
        everyone.put("color", 0);
        ObjectNode colors = everyone.putObject("colors");
        colors.put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        everyone.put("hoist", false);
        everyone.put("managed", false);
        everyone.put("mentionable", false);
        everyone.put("flags", 0);
        ObjectNode managers = ((ArrayNode) guild.get("roles")).addObject();
        managers.setAll(everyone.deepCopy());
        managers.put("id", Long.toUnsignedString(managersRoleId()));
        managers.put("name", "Server managers");
        managers.put("permissions", ALL_PERMISSIONS);
        managers.put("position", 1);
        ObjectNode channel = guildChannel();
        channel.remove("permissions");
        guild.putArray("channels").add(channel);
        ObjectNode self = member(botUser);
        self.remove("permissions");
        guild.putArray("members").add(self);
        return guild;
    }

    private ObjectNode guildChannel() {
        ObjectNode channel = json.objectNode();
        channel.put("id", Long.toUnsignedString(guildChannelId));
        channel.put("type", 0);
        channel.put("guild_id", Long.toUnsignedString(guildId));
        channel.put("name", "coffee-chat");
        channel.put("position", 0);
        channel.putArray("permission_overwrites");
        channel.put("nsfw", false);
        channel.putNull("parent_id");
        channel.putNull("topic");
        channel.put("rate_limit_per_user", 0);
        channel.putNull("last_message_id");
        channel.put("flags", 0);
        channel.put("permissions", ALL_PERMISSIONS);
        return channel;
    }
}
