namespace MoocBot.Core.Conversations;

/// <summary>Describes a command for routing, /help, Telegram's SetMyCommands and Discord's registration.</summary>
/// <param name="Name">Lower-case name without the slash: 1-32 of a-z, 0-9, _.</param>
/// <param name="Description">One line, at most 100 characters.</param>
public sealed record ChatCommandInfo(string Name, string Description)
{
    /// <summary>A command that cannot run without naming a fact (its id or a few words), so platforms offer autocomplete.</summary>
    public static ChatCommandInfo ForFact(string name, string description, string argumentName, string argumentDescription, string example) =>
        new(name, description)
        {
            ArgumentName = argumentName,
            ArgumentDescription = argumentDescription,
            ArgumentRequired = true,
            ArgumentIsFact = true,
            Example = example,
        };

    /// <summary>The argument's name, when the command takes one ("query").</summary>
    public string? ArgumentName { get; init; }

    /// <summary>What the argument is, at most 100 characters.</summary>
    public string? ArgumentDescription { get; init; }

    /// <summary>True when the command cannot run without its argument.</summary>
    public bool ArgumentRequired { get; init; }

    /// <summary>True when the argument names a fact, so platforms can offer autocomplete.</summary>
    public bool ArgumentIsFact { get; init; }

    /// <summary>An example use shown in /help ("/fact registered users").</summary>
    public string? Example { get; init; }

    /// <summary>False for commands only buttons and deep links use; they are left out of menus and /help.</summary>
    public bool Listed { get; init; } = true;

    /// <summary>
    /// True when every reply is for the asker alone (/help, a chat's subscriptions): the router marks each reply
    /// <see cref="Reply.Private"/>, and a platform that must choose before the reply exists (Discord's deferral) can rely on it.
    /// </summary>
    public bool RepliesPrivately { get; init; }
}
