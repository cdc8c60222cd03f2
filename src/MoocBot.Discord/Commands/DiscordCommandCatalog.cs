using MoocBot.Core.Conversations;
using MoocBot.Discord.Models;

namespace MoocBot.Discord.Commands;

/// <summary>
/// The slash commands, declared in code: <c>/ask question</c> plus every listed Core command, so a command
/// added to Core appears on Discord at the next start. A fact argument gets autocomplete.
/// </summary>
internal sealed class DiscordCommandCatalog(ConversationRouter router)
{
    public const string AskCommand = "ask";
    public const string AskOption = "question";

    /// <summary>The Discord locale of the Chinese names and descriptions.</summary>
    public const string ChineseLocale = "zh-CN";

    public IReadOnlyList<ApplicationCommand> Commands { get; } =
    [
        new ApplicationCommand
        {
            Name = AskCommand,
            Description = "Ask a question about China's MOOC figures in plain words",
            NameLocalizations = ChineseName(AskCommand),
            DescriptionLocalizations = ChineseDescription(AskCommand),
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = AskOption,
                    Description = "Your question, e.g. how many MOOCs are there?",
                    NameLocalizations = ChineseName(AskOption),
                    DescriptionLocalizations = ChineseDescription(AskOption),
                    Required = true,
                    MaxLength = ConversationRouter.MaxQuestionLength,
                },
            ],
        },
        .. router.Commands.Where(c => c.Listed && c.Name != AskCommand).Select(ToApplicationCommand),
    ];

    /// <summary>
    /// The chat text an invocation stands for: "/fact moocs" for a command, the bare question for /ask
    /// (so it is answered like a message), or null when the command is not one of ours.
    /// </summary>
    public string? ToMessageText(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = data.Name;
        if (name is null || !Commands.Any(c => c.Name == name))
        {
            return null;
        }

        var argument = data.Options?.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.String)?.ValueText.Trim() ?? string.Empty;
        if (name == AskCommand)
        {
            return argument;
        }

        return argument.Length == 0 ? "/" + name : "/" + name + " " + argument;
    }

    private static ApplicationCommand ToApplicationCommand(ChatCommandInfo info) => new()
    {
        Name = info.Name,
        Description = info.Description,
        NameLocalizations = ChineseName(info.Name),
        DescriptionLocalizations = ChineseDescription(info.Name),
        Options = info.ArgumentName is { } argument
            ?
            [
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = argument,
                    Description = Capitalize(info.ArgumentDescription ?? argument),
                    Required = info.ArgumentRequired ? true : null,
                    Autocomplete = info.ArgumentIsFact ? true : null,
                    MaxLength = ConversationRouter.MaxQuestionLength,
                },
            ]
            : null,
    };

    private static Dictionary<string, string>? ChineseName(string name) =>
        MessageCatalogue.Chinese(name) is { } chinese ? new() { [ChineseLocale] = chinese.Name } : null;

    private static Dictionary<string, string>? ChineseDescription(string name) =>
        MessageCatalogue.Chinese(name) is { } chinese ? new() { [ChineseLocale] = chinese.Description } : null;

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
