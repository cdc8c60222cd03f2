namespace MoocBot.Discord.Models;

/// <summary>An action row (type 1) or a button (type 2).</summary>
internal sealed record MessageComponent
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int SecondaryStyle = 2;
    public const int LinkStyle = 5;

    public required int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public Uri? Url { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
