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
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;

/**
 * Where a slash command was typed, for the engine: the guild, the member's name, whether the member may manage
 * the server (their effective permissions, read from the interaction on every use), their roles, and which of the
 * channels given as options the bot can post a digest to (see, send, embed links, attach files). A DM is no
 * server. Stateless.
 */
final class DiscordPlaces {
    /** What the bot needs in a coach channel. */
    static final Permission[] TO_POST = {Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
        Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES};

    private DiscordPlaces() {
    }

    /** The place of a slash command. */
    static Place of(SlashCommandInteractionEvent event) {
        Guild guild = event.isFromGuild() ? event.getGuild() : null;
        Member member = event.getMember();
        if (guild == null || member == null) {
            return Place.NONE;
        }
        List<String> roles = new ArrayList<>();
        for (Role role : member.getRoles()) {
            roles.add(role.getId());
        }
        List<String> postable = new ArrayList<>();
        for (OptionMapping option : event.getOptions()) {
            if (option.getType() == OptionType.CHANNEL && canPost(guild, option.getAsChannel())) {
                postable.add(option.getAsChannel().getId());
            }
        }
        return new Place(guild.getId(), guild.getName(), member.getEffectiveName(),
                member.hasPermission(Permission.MANAGE_SERVER), roles, postable);
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
