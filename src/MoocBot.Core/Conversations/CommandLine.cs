using System.Diagnostics.CodeAnalysis;

namespace MoocBot.Core.Conversations;

/// <summary>A parsed "/name@Bot arguments" line.</summary>
/// <param name="Name">The command name, lower case.</param>
/// <param name="BotName">The bot named after '@', if any.</param>
/// <param name="Arguments">The rest of the line, trimmed.</param>
internal sealed record CommandLine(string Name, string? BotName, string Arguments)
{
    private const int MaxNameLength = 32;

    public static bool TryParse(string text, [NotNullWhen(true)] out CommandLine? command)
    {
        command = null;
        if (text.Length < 2 || text[0] != '/')
        {
            return false;
        }

        var end = 1;
        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        if (end == 1 || end - 1 > MaxNameLength)
        {
            return false;
        }

        var name = text[1..end].ToLowerInvariant();
        string? botName = null;
        if (end < text.Length && text[end] == '@')
        {
            var botStart = ++end;
            while (end < text.Length && IsNameChar(text[end]))
            {
                end++;
            }

            botName = text[botStart..end];
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        command = new CommandLine(name, botName, text[end..].Trim());
        return true;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
