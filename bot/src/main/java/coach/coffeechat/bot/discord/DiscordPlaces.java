package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.Place;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a slash command was typed, for the engine: the guild, the member's name, whether the member may manage
 * the server (their effective permissions, read from the interaction on every use), their roles, and which of the
 * channels given as options, and the one it was typed in, the bot can post to (see, send, embed links, attach
 * files). A DM, a group DM and a server the bot is not a member of (a user install there) are no server. Stateless.
 */
final class DiscordPlaces {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlaces.class);
    /** What the bot needs in a coach channel. */
    static final Permission[] TO_POST = {Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
        Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES};

    private DiscordPlaces() {
    }

    /**
     * The place of a slash command. A guild JDA has not cached gives a "detached" member whose roles and channel
     * permissions cannot be read: then the member has no roles here and no channel counts as postable, so the coach
     * role and a new digest channel are refused kindly rather than guessed. It never throws: every command must
     * still be answered.
     */
    static Place of(SlashCommandInteractionEvent event) {
        List<GuildChannel> named = new ArrayList<>();
        try {
            for (OptionMapping option : event.getOptions()) {
                if (option.getType() == OptionType.CHANNEL) {
                    named.add(option.getAsChannel());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not read the channels a command names; taking none: {}", e.toString());
        }
        return of(event, named);
    }

    /** The place of a click on a button of a message in a server channel (the Join button of a challenge). */
    static Place of(ButtonInteractionEvent event) {
        return of(event, List.of());
    }

    private static Place of(Interaction event, List<GuildChannel> named) {
        try {
            Guild guild = event.isFromGuild() ? event.getGuild() : null;
            Member member = event.getMember();
            if (guild == null || member == null || guild.isDetached()) {
                // A detached guild: a user who installed the app to their account uses it in a server the bot is
                // not in. No coaching happens there; the command is personal.
                return Place.NONE;
            }
            List<String> postable = new ArrayList<>();
            for (GuildChannel channel : named) {
                if (canPost(guild, channel)) {
                    postable.add(channel.getId());
                }
            }
            GuildChannel here = channel(event);
            String channelId = here == null ? "" : here.getId();
            if (here != null && canPost(guild, here)) {
                postable.add(channelId);
            }
            return new Place(guild.getId(), guild.getName(), member.getEffectiveName(), managesServer(member),
                    roles(member), postable, channelId);
        } catch (RuntimeException e) {
            LOG.warn("could not read where a command was typed; treating it as outside any server: {}", e.toString());
            return Place.NONE;
        }
    }

    /** The channel the interaction came from, if it can be read. */
    private static GuildChannel channel(Interaction event) {
        try {
            return event.getGuildChannel();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean managesServer(Member member) {
        try {
            return member.hasPermission(Permission.MANAGE_SERVER);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> roles(Member member) {
        List<String> roles = new ArrayList<>();
        try {
            for (Role role : member.getRoles()) {
                roles.add(role.getId());
            }
        } catch (RuntimeException e) {
            // A detached member (uncached guild): its roles cannot be read.
            return List.of();
        }
        return roles;
    }

    private static boolean canPost(Guild guild, GuildChannel channel) {
        try {
            return guild.getSelfMember().hasPermission(channel, TO_POST);
        } catch (RuntimeException e) {
            // A guild JDA has not cached (no GUILDS event yet) cannot tell: the setup says so and changes nothing.
            return false;
        }
    }
}
