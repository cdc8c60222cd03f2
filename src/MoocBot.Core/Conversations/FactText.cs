namespace MoocBot.Core.Conversations;

/// <summary>Small wording helpers shared by the composer and the commands.</summary>
internal static class FactText
{
    private const int MaxButtonLabel = 40;

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string ButtonLabel(string counts)
    {
        var label = Capitalize(counts);
        return label.Length <= MaxButtonLabel ? label : label[..(MaxButtonLabel - 1)].TrimEnd() + "…";
    }
}
